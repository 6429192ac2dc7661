import { Clock } from '../clock/clock';

/** Port: where new ids come from. Domain code receives ids; it never generates them. */
export interface IdGenerator {
  next(): string;
}

function randomBytes(count: number): Uint8Array {
  // Web Crypto is global in Node 20 and in browsers, so this stays free of node:* imports.
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
}

function formatUuid(bytes: Uint8Array): string {
  const text = hex(bytes);
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/** Random UUID v4. */
export class UuidV4Generator implements IdGenerator {
  next(): string {
    return globalThis.crypto.randomUUID();
  }
}

/** UUID v7 (RFC 9562): 48-bit Unix milliseconds, then random bits; ids sort by creation time. */
export class UuidV7Generator implements IdGenerator {
  constructor(private readonly clock: Clock) {}

  next(): string {
    return uuidV7From(this.clock.now().getTime(), randomBytes(10));
  }
}

/** Builds a v7 UUID from a timestamp and 10 random bytes (exposed for deterministic tests). */
export function uuidV7From(
  unixMilliseconds: number,
  random: Uint8Array,
): string {
  if (
    !Number.isSafeInteger(unixMilliseconds) ||
    unixMilliseconds < 0 ||
    unixMilliseconds >= 2 ** 48
  ) {
    throw new RangeError(`unixMilliseconds out of range: ${unixMilliseconds}`);
  }
  if (random.length !== 10) {
    throw new RangeError('v7 needs exactly 10 random bytes');
  }
  const bytes = new Uint8Array(16);
  let remaining = unixMilliseconds;
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = remaining % 256;
    remaining = Math.floor(remaining / 256);
  }
  bytes.set(random, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f); // version 7
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f); // variant 10
  return formatUuid(bytes);
}

/** Deterministic ids for tests: 00000000-0000-4000-8000-000000000001, ...0002, ... */
export class SequentialIdGenerator implements IdGenerator {
  private counter = 0;

  next(): string {
    this.counter += 1;
    return `00000000-0000-4000-8000-${this.counter.toString(16).padStart(12, '0')}`;
  }
}
