/**
 * Decimal text <-> scaled integers without floating point: "1,234.5" at scale 2 is 123450. Used for money
 * (scale = the currency's minor-unit exponent), percentages as basis points (scale 2) and hours.
 */
export type ParseResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

const PLAIN = /^(\d+)(?:\.(\d*))?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** Removes spaces, apostrophes and English thousands separators ("1,234.50" -> "1234.50"). */
function normalise(text: string): string {
  const compact = text.trim().replace(/[\s'\u00a0\u202f]/g, '');
  return GROUPED.test(compact) ? compact.replace(/,/g, '') : compact.replace(',', '.');
}

/** Parses non-negative decimal text into an integer scaled by 10^scale; refuses more decimals than `scale`. */
export function parseScaledDecimal(text: string, scale: number): ParseResult {
  const match = PLAIN.exec(normalise(text));
  if (!match) {
    return { ok: false, reason: 'Enter a number like 1234.50' };
  }
  const [, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > scale) {
    return {
      ok: false,
      reason: scale === 0 ? 'Enter a whole number' : `Use at most ${scale} decimal place${scale === 1 ? '' : 's'}`,
    };
  }
  const digits = `${whole}${significant.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, '');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) {
    return { ok: false, reason: 'The number is too large' };
  }
  return { ok: true, value };
}

/** Writes a scaled integer back as decimal text: (123450, 2) -> "1234.50". */
export function formatScaledDecimal(value: number, scale: number): string {
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** Groups the whole part with thin-free commas for display: "1234567.50" -> "1,234,567.50". */
export function groupThousands(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
