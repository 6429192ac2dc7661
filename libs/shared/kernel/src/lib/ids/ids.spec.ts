import { FixedClock, SystemClock } from '../clock/clock';
import { ValidationError } from '../errors/domain-errors';
import {
  SequentialIdGenerator,
  UuidV4Generator,
  UuidV7Generator,
  uuidV7From,
} from './id-generator';
import { ClientId, isUuid, parseId } from './ids';

describe('ids', () => {
  it('parses UUIDs and rejects anything else', () => {
    const id: ClientId = parseId<'Client'>(
      '0190f3f4-7b4d-7c2a-8e1f-0123456789ab',
    );
    expect(id).toBe('0190f3f4-7b4d-7c2a-8e1f-0123456789ab');
    expect(() => parseId('not-a-uuid', 'clientId')).toThrow(ValidationError);
    expect(isUuid('0190F3F4-7B4D-7C2A-8E1F-0123456789AB')).toBe(false); // upper case is not canonical
  });

  it('v4 generator produces distinct version-4 UUIDs', () => {
    const generator = new UuidV4Generator();
    const ids = new Set(Array.from({ length: 100 }, () => generator.next()));
    expect(ids.size).toBe(100);
    for (const id of ids) {
      expect(id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('v7 encodes the clock time in the first 48 bits', () => {
    // 2026-01-01T00:00:00Z = 1767225600000 ms = 0x019b76daa800 -> the first 12 hex digits
    expect(uuidV7From(1_767_225_600_000, new Uint8Array(10))).toBe(
      '019b76da-a800-7000-8000-000000000000',
    );
    const id = new UuidV7Generator(
      new FixedClock('2026-01-01T00:00:00Z'),
    ).next();
    expect(id.slice(0, 13)).toBe('019b76da-a800');
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
  });

  it('v7 ids sort by time', () => {
    const clock = new FixedClock('2026-01-01T00:00:00Z');
    const generator = new UuidV7Generator(clock);
    const first = generator.next();
    clock.advanceBy(1);
    const second = generator.next();
    expect(first < second).toBe(true);
  });

  it('sequential generator is deterministic and valid', () => {
    const generator = new SequentialIdGenerator();
    expect([generator.next(), generator.next()]).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    ]);
    expect(isUuid('00000000-0000-4000-8000-000000000001')).toBe(true);
  });
});

describe('clocks', () => {
  it('fixed clock stands still and moves when told', () => {
    const clock = new FixedClock('2026-03-29T00:59:59Z');
    expect(clock.now().toISOString()).toBe('2026-03-29T00:59:59.000Z');
    clock.advanceBy(1000);
    expect(clock.now().toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(() => new FixedClock('yesterday')).toThrow(RangeError);
  });

  it('system clock tells the current time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now - before).toBeLessThan(5000);
  });
});
