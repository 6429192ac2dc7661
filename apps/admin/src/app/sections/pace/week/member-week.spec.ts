import { PaceView, WorkScheduleVersionView } from '@billing/pace/contracts';
import { daysOfWeek } from '../../time/shared/local-time';
import { buildMemberWeek, versionOn } from './member-week';

const H = 3_600;
const v = (validFrom: string, hours: number[]): WorkScheduleVersionView => ({
  validFrom,
  weekdaySeconds: hours.map((h) => h * H) as WorkScheduleVersionView['weekdaySeconds'],
  weeklySeconds: hours.reduce((a, b) => a + b, 0) * H,
});
const figures = { expectedSeconds: 0, trackedSeconds: 0, missingSeconds: 0, behind: false };
const bucket = (key: string, expectedSeconds: number, trackedSeconds: number) => ({
  key, from: key, to: key, expectedSeconds, trackedSeconds, missingSeconds: Math.max(0, expectedSeconds - trackedSeconds), behind: trackedSeconds * 10 < expectedSeconds * 9,
});

describe("a member's week against the schedule", () => {
  const history = [v('2026-03-01', [8, 8, 8, 8, 8, 0, 0]), v('2026-03-11', [4, 4, 4, 4, 4, 0, 0])];

  it('takes the version in force on each day', () => {
    expect(versionOn('2026-02-28', history)).toBeNull();
    expect(versionOn('2026-03-10', history)?.validFrom).toBe('2026-03-01');
    expect(versionOn('2026-03-11', history)?.validFrom).toBe('2026-03-11');
  });

  it('shows scheduled, expected, tracked and missing per day, with a holiday and a half day off', () => {
    // ISO week 2026-W11: Mon 9 .. Sun 15 March; the schedule drops to 4 h from Wednesday 11th.
    const view: PaceView = {
      scope: 'member', id: 'm-1', from: '2026-03-09', to: '2026-03-15', rollup: 'day', buckets: [], total: figures,
      members: [{ memberId: 'm-1', name: 'Ana', total: figures, buckets: [bucket('2026-03-09', 8 * H, 9 * H), bucket('2026-03-11', 4 * H, H), bucket('2026-03-12', 2 * H, 0)] }],
    };
    const week = buildMemberWeek(daysOfWeek('2026-W11'), view, history, {
      today: '2026-03-13',
      holidays: new Map([['2026-03-10', 'Founders day']]),
      timeOff: [{ id: 't', memberId: 'm-1', from: '2026-03-12', to: '2026-03-12', secondsPerDay: 2 * H, note: 'dentist' }],
    });
    expect(week.rows.map((row) => [row.day, row.scheduledSeconds, row.expectedSeconds, row.trackedSeconds, row.missingSeconds, row.kind])).toEqual([
      ['2026-03-09', 8 * H, 8 * H, 9 * H, 0, 'work'], // surplus does not fill other days
      ['2026-03-10', 8 * H, 0, 0, 0, 'holiday'],
      ['2026-03-11', 4 * H, 4 * H, H, 3 * H, 'work'],
      ['2026-03-12', 4 * H, 2 * H, 0, 2 * H, 'partial-off'],
      ['2026-03-13', 4 * H, 0, 0, 0, 'off'], // nothing in the read model for today
      ['2026-03-14', 0, 0, 0, 0, 'future'],
      ['2026-03-15', 0, 0, 0, 0, 'future'],
    ]);
    expect(week.rows[3]?.note).toBe('2h off: dentist');
    // 8 + 8 + 4 + 4 + 4 = 28 h scheduled; 8 + 4 + 2 = 14 h expected; 9 + 1 = 10 h tracked; 3 + 2 = 5 h missing.
    expect([week.scheduledSeconds, week.expectedSeconds, week.trackedSeconds, week.missingSeconds]).toEqual([28 * H, 14 * H, 10 * H, 5 * H]);
  });

  it('counts nothing missing on days still to come', () => {
    const view: PaceView = {
      scope: 'member', id: 'm-1', from: '2026-03-12', to: '2026-03-13', rollup: 'day', buckets: [], total: figures,
      members: [{ memberId: 'm-1', name: 'Ana', total: figures, buckets: [bucket('2026-03-12', 4 * H, 0), bucket('2026-03-13', 4 * H, 0)] }],
    };
    const week = buildMemberWeek(['2026-03-12', '2026-03-13'], view, history, { today: '2026-03-12', holidays: new Map(), timeOff: [] });
    expect(week.rows.map((row) => [row.missingSeconds, row.bucket])).toEqual([[4 * H, 'low'], [0, 'none']]);
    expect([week.expectedSeconds, week.missingSeconds]).toEqual([8 * H, 4 * H]);
  });

  it('has no schedule before the first version and nothing without a view', () => {
    const week = buildMemberWeek(['2026-02-23'], null, history, { today: '2026-03-01', holidays: new Map(), timeOff: [] });
    expect(week.rows[0]).toMatchObject({ scheduledSeconds: null, expectedSeconds: 0, kind: 'off', bucket: 'none' });
  });
});
