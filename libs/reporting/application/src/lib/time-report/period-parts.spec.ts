import { periodParts } from './period-parts';

describe('periodParts', () => {
  it('splits a month into contiguous parts that cover it exactly, the earlier parts taking the extra day', () => {
    expect(periodParts({ from: '2026-03-01', to: '2026-03-31' }, 2)).toEqual([
      { from: '2026-03-01', to: '2026-03-16' },
      { from: '2026-03-17', to: '2026-03-31' },
    ]);
    expect(periodParts({ from: '2025-12-30', to: '2026-01-04' }, 3)).toEqual([
      { from: '2025-12-30', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-02' },
      { from: '2026-01-03', to: '2026-01-04' },
    ]);
  });

  it('gives one part per day to a period shorter than the parts, and the period itself to one part', () => {
    expect(periodParts({ from: '2026-03-01', to: '2026-03-01' }, 2)).toEqual([
      { from: '2026-03-01', to: '2026-03-01' },
    ]);
    expect(periodParts({ from: '2026-03-01', to: '2026-03-02' }, 4)).toHaveLength(2);
    expect(periodParts({ from: '2025-01-01', to: '2025-12-31' }, 1)).toEqual([
      { from: '2025-01-01', to: '2025-12-31' },
    ]);
  });

  it('covers every day of any period once, across a leap day and year ends', () => {
    for (const [from, to, parts] of [
      ['2024-02-01', '2024-03-31', 2],
      ['2023-11-15', '2025-02-10', 3],
      ['2026-01-01', '2026-01-31', 7],
    ] as const) {
      const split = periodParts({ from, to }, parts);
      expect(split[0]?.from).toBe(from);
      expect(split.at(-1)?.to).toBe(to);
      for (let index = 1; index < split.length; index++) {
        const previousEnd = new Date(`${split[index - 1]?.to}T00:00:00Z`).getTime();
        expect(new Date(`${split[index]?.from}T00:00:00Z`).getTime() - previousEnd).toBe(86_400_000);
      }
    }
  });
});
