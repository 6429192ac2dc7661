import { PaceView } from '@billing/pace/contracts';
import { buildHeatMap } from './heat-map';

const H = 3_600;
const figures = (expectedSeconds: number, trackedSeconds: number) => ({
  expectedSeconds, trackedSeconds, missingSeconds: Math.max(0, expectedSeconds - trackedSeconds), behind: trackedSeconds * 10 < expectedSeconds * 9,
});
const bucket = (key: string, expected: number, tracked: number) => ({ key, from: key, to: key, ...figures(expected, tracked) });

describe('the team heat map', () => {
  // Mon 2 .. Sun 8 November 2026, seen on Friday 6th.
  const view: PaceView = {
    scope: 'team', id: 't-1', from: '2026-11-02', to: '2026-11-08', rollup: 'day', buckets: [], total: figures(0, 0),
    members: [
      {
        memberId: 'ana', name: 'Ana', total: figures(24 * H, 12 * H),
        buckets: [bucket('2026-11-02', 8 * H, 8 * H), bucket('2026-11-03', 8 * H, 4 * H), bucket('2026-11-05', 4 * H, 0), bucket('2026-11-06', 4 * H, 0)],
      },
    ],
  };
  const map = buildHeatMap(view, {
    today: '2026-11-06',
    holidays: new Map([['2026-11-04', 'Town festival']]),
    timeOff: new Map([['ana', [{ id: 'x', memberId: 'ana', from: '2026-11-05', to: '2026-11-05', secondsPerDay: 4 * H, note: '' }]]]),
  });

  it('has a column per day of the range and a row per member', () => {
    expect(map.days).toHaveLength(7);
    expect(map.rows.map((row) => row.name)).toEqual(['Ana']);
    expect(map.rows[0]?.totalLabel).toBe('12h of 24h');
  });

  it('colours by completeness and tells holidays, time off, weekends and days to come apart', () => {
    expect(map.rows[0]?.cells.map((cell) => [cell.kind, cell.bucket])).toEqual([
      ['work', 'full'],
      ['work', 'half'],
      ['holiday', 'none'],
      ['partial-off', 'low'],
      ['work', 'low'],
      ['future', 'none'],
      ['future', 'none'],
    ]);
  });

  it('labels each cell for screen readers', () => {
    const labels = map.rows[0]?.cells.map((cell) => cell.label);
    expect(labels?.[1]).toBe('Ana: 4h of 8h on 3 Nov');
    expect(labels?.[2]).toBe('Ana: 0h of 0h on 4 Nov (holiday: Town festival)');
    expect(labels?.[3]).toBe('Ana: 0h of 4h on 5 Nov (4h off)');
  });
});
