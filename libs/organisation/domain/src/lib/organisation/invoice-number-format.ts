/**
 * Invoice number formats: literal text plus tokens {YYYY}, {YY}, {MM} and exactly one {SEQ:n}, where n
 * (1..10) is the zero-padded width of the gapless sequence number. Example: `INV-{YYYY}-{SEQ:4}` -> INV-2026-0001.
 */
export const DEFAULT_INVOICE_NUMBER_FORMAT = 'INV-{YYYY}-{SEQ:4}';

const TOKEN_PATTERN = /\{([^}]*)\}/g;
const LITERAL_PATTERN = /^[A-Za-z0-9\-_/.#]*$/;
const MAX_FORMAT_LENGTH = 40;

/** Returns the problems with a format, or an empty list when it is valid. */
export function invoiceNumberFormatProblems(format: string): string[] {
  if (typeof format !== 'string' || format.length === 0) {
    return ['must not be empty'];
  }
  const problems: string[] = [];
  if (format.length > MAX_FORMAT_LENGTH) {
    problems.push(`must be at most ${MAX_FORMAT_LENGTH} characters`);
  }
  let sequenceTokens = 0;
  for (const [, token] of format.matchAll(TOKEN_PATTERN)) {
    const sequence = /^SEQ:(\d+)$/.exec(token ?? '');
    if (sequence !== null) {
      sequenceTokens += 1;
      const width = Number(sequence[1]);
      if (width < 1 || width > 10) {
        problems.push('{SEQ:n} needs a width n from 1 to 10');
      }
    } else if (token !== 'YYYY' && token !== 'YY' && token !== 'MM') {
      problems.push(
        `unknown token {${token}}; use {YYYY}, {YY}, {MM} or {SEQ:n}`,
      );
    }
  }
  if (sequenceTokens !== 1) {
    problems.push('must contain exactly one {SEQ:n} token');
  }
  const literals = format.replace(TOKEN_PATTERN, '');
  if (!LITERAL_PATTERN.test(literals) || /[{}]/.test(literals)) {
    problems.push('literal text may only use letters, digits and - _ / . #');
  }
  return problems;
}

export function isValidInvoiceNumberFormat(format: string): boolean {
  return invoiceNumberFormatProblems(format).length === 0;
}

/** Renders an invoice number; the sequence must fit the width (a wider number is shown in full, never cut). */
export function formatInvoiceNumber(
  format: string,
  values: { year: number; month: number; sequence: number },
): string {
  if (!Number.isSafeInteger(values.sequence) || values.sequence < 1) {
    throw new RangeError(
      `Invoice sequence must be a positive whole number, got ${values.sequence}`,
    );
  }
  return format.replace(TOKEN_PATTERN, (_match, token: string) => {
    if (token === 'YYYY') {
      return String(values.year).padStart(4, '0');
    }
    if (token === 'YY') {
      return String(values.year % 100).padStart(2, '0');
    }
    if (token === 'MM') {
      return String(values.month).padStart(2, '0');
    }
    const width = Number(token.slice('SEQ:'.length));
    return String(values.sequence).padStart(width, '0');
  });
}
