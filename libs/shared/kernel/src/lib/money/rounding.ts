/**
 * Integer division rounded half-up, in bigint so nothing is lost for large products.
 *
 * "Half-up" here means half AWAY FROM ZERO: 2.5 -> 3 and -2.5 -> -3. It is symmetric, so the amount of a
 * negative quantity (a credit or a correction) is exactly the negation of the amount of the positive one.
 */
export function divideRoundHalfUp(
  numerator: bigint,
  denominator: bigint,
): bigint {
  if (denominator === 0n) {
    throw new RangeError('Division by zero');
  }
  const negative = numerator < 0n !== denominator < 0n;
  const absNumerator = numerator < 0n ? -numerator : numerator;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  const quotient = absNumerator / absDenominator;
  const remainder = absNumerator % absDenominator;
  const rounded = remainder * 2n >= absDenominator ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

/** Converts back to a number, refusing anything outside the safe integer range. */
export function toSafeInteger(value: bigint, what = 'result'): number {
  if (
    value > BigInt(Number.MAX_SAFE_INTEGER) ||
    value < BigInt(Number.MIN_SAFE_INTEGER)
  ) {
    throw new RangeError(`${what} ${value} is outside the safe integer range`);
  }
  return Number(value);
}

export function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} must be a safe integer, got ${value}`);
  }
}
