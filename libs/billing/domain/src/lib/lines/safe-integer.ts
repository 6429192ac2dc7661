/** Back from bigint to a number, refusing anything outside the safe integer range. */
export function toSafeInteger(value: bigint, what: string): number {
  if (
    value > BigInt(Number.MAX_SAFE_INTEGER) ||
    value < BigInt(Number.MIN_SAFE_INTEGER)
  ) {
    throw new RangeError(`${what} ${value} is outside the safe integer range`);
  }
  return Number(value);
}
