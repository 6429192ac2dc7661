/**
 * Invoice number formats as the server accepts them: literal text (letters, digits, - _ / . #) plus the tokens
 * {YYYY}, {YY}, {MM} and exactly one {SEQ:n} (n = 1..10, the zero-padded width of the sequence); at most 40
 * characters. Mirrors the server's rules so the form can say what is wrong before saving.
 */
const TOKEN = /\{([^}]*)\}/g;
const LITERAL = /^[A-Za-z0-9\-_/.#]*$/;
const MAX_LENGTH = 40;

export function invoiceFormatProblems(format: string): string[] {
  if (format.length === 0) {
    return ['Required'];
  }
  const problems: string[] = [];
  if (format.length > MAX_LENGTH) {
    problems.push(`At most ${MAX_LENGTH} characters`);
  }
  let sequences = 0;
  for (const [, token = ''] of format.matchAll(TOKEN)) {
    const sequence = /^SEQ:(\d+)$/.exec(token);
    if (sequence) {
      sequences += 1;
      const width = Number(sequence[1]);
      if (width < 1 || width > 10) {
        problems.push('{SEQ:n} needs a width n from 1 to 10');
      }
    } else if (!['YYYY', 'YY', 'MM'].includes(token)) {
      problems.push(`Unknown token {${token}}; use {YYYY}, {YY}, {MM} or {SEQ:n}`);
    }
  }
  if (sequences !== 1) {
    problems.push('Use exactly one {SEQ:n} token');
  }
  const literals = format.replace(TOKEN, '');
  if (!LITERAL.test(literals)) {
    problems.push('Literal text may only use letters, digits and - _ / . #');
  }
  return problems;
}

/** The number the format gives for a year, month and sequence; '' while the format is invalid. */
export function previewInvoiceNumber(format: string, values: { year: number; month: number; sequence: number }): string {
  if (invoiceFormatProblems(format).length > 0) {
    return '';
  }
  return format.replace(TOKEN, (_match, token: string) => {
    switch (token) {
      case 'YYYY':
        return String(values.year).padStart(4, '0');
      case 'YY':
        return String(values.year % 100).padStart(2, '0');
      case 'MM':
        return String(values.month).padStart(2, '0');
      default:
        return String(values.sequence).padStart(Number(token.slice('SEQ:'.length)), '0');
    }
  });
}
