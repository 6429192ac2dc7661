import { ValidationError } from '@billing/shared/kernel';
import { instant } from '../testing/fixtures';
import { entryDurationSeconds } from './entry-duration';

describe('entry duration in integer seconds', () => {
  it.each([
    ['a finished entry', '2026-03-10T09:00:00Z', '2026-03-10T10:30:15Z', undefined, 5_415], // 3,600 + 1,800 + 15
    // Berlin spring forward: 00:30 CET to 04:30 CEST reads 4 h on the wall clock but lasts 3 h = 10,800 s
    ['across the Berlin spring-forward night', '2026-03-28T23:30:00Z', '2026-03-29T02:30:00Z', undefined, 10_800],
    // Berlin fall back: 00:30 CEST to 04:30 CET reads 4 h on the wall clock but lasts 5 h = 18,000 s
    ['across the Berlin fall-back night', '2026-10-24T22:30:00Z', '2026-10-25T03:30:00Z', undefined, 18_000],
    ['a running entry, up to now', '2026-03-10T09:00:00Z', null, '2026-03-10T09:20:00Z', 1_200], // 20 min x 60
    ['a running entry that starts after now', '2026-03-10T09:00:00Z', null, '2026-03-10T08:00:00Z', 0],
  ] as const)('%s', (_case, startedAt, endedAt, now, seconds) => {
    const duration = entryDurationSeconds(
      { startedAt: instant(startedAt), endedAt: endedAt === null ? null : instant(endedAt) },
      now === undefined ? undefined : instant(now),
    );
    expect(duration).toBe(seconds);
    expect(Number.isInteger(duration)).toBe(true);
  });

  it('needs `now` for a running entry', () => {
    expect(() => entryDurationSeconds({ startedAt: instant('2026-03-10T09:00:00Z'), endedAt: null })).toThrow(ValidationError);
  });
});
