import { TimeEntryView } from '@billing/time-tracking/contracts';
import { daysOfWeek } from '../shared/local-time';
import { buildTimesheet, planCellChange } from './timesheet';

const WEEK = daysOfWeek('2026-W11'); // Mon 9 .. Sun 15 March 2026

function entry(overrides: Partial<TimeEntryView>): TimeEntryView {
  return {
    id: 'e',
    revision: 1,
    memberId: 'm',
    projectId: 'p1',
    taskId: null,
    description: '',
    tags: [],
    billable: true,
    billed: false,
    source: 'manual',
    externalId: null,
    startedAt: '2026-03-10T08:00:00Z',
    endedAt: '2026-03-10T09:00:00Z',
    durationSeconds: 3600,
    running: false,
    deleted: false,
    day: '2026-03-10',
    week: '2026-W11',
    month: '2026-03',
    recordedAt: '2026-03-10T09:00:00Z',
    adjustment: null,
    adjustmentSeconds: 0,
    ...overrides,
  };
}

describe('timesheet', () => {
  const entries = [
    entry({ id: 'a', day: '2026-03-09', durationSeconds: 5400 }),
    entry({ id: 'b', day: '2026-03-09', durationSeconds: 1800, startedAt: '2026-03-09T07:00:00Z' }),
    entry({ id: 'c', day: '2026-03-10', taskId: 't1', durationSeconds: 7200 }),
    entry({ id: 'd', day: '2026-03-15', projectId: 'p2', durationSeconds: 900 }),
    entry({ id: 'gone', day: '2026-03-11', deleted: true, durationSeconds: 99_999 }),
    entry({ id: 'other-week', day: '2026-03-16', durationSeconds: 99_999 }),
  ];

  it('sums entries into project/task lines by day, with line, day and week totals', () => {
    const sheet = buildTimesheet(WEEK, entries);

    expect(sheet.rows.map((row) => row.key)).toEqual(['p1/', 'p1/t1', 'p2/']);
    const [p1, p1t1, p2] = sheet.rows;
    // Monday: 1:30 + 0:30 = 2:00 on p1 without task.
    expect(p1.cells[0].seconds).toBe(7200);
    expect(p1.cells[0].entries.map((e) => e.id)).toEqual(['b', 'a']);
    expect(p1.totalSeconds).toBe(7200);
    expect(p1t1.cells[1].seconds).toBe(7200);
    expect(p2.cells[6].seconds).toBe(900);
    expect(sheet.dayTotals).toEqual([7200, 7200, 0, 0, 0, 0, 900]);
    // 2:00 + 2:00 + 0:15; the deleted entry and the next week's are left out.
    expect(sheet.weekTotal).toBe(15_300);
  });

  it('keeps lines added by hand as empty rows, ordered by their labels', () => {
    const labels: Record<string, string> = { 'p1/': 'Zeta', 'p1/t1': 'Zeta · Build', 'p2/': 'Alpha', 'p3/': 'Beta' };
    const sheet = buildTimesheet(WEEK, entries, [{ projectId: 'p3', taskId: null }, { projectId: 'p1', taskId: null }], (line) => labels[`${line.projectId}/${line.taskId ?? ''}`]);

    expect(sheet.rows.map((row) => row.key)).toEqual(['p2/', 'p3/', 'p1/', 'p1/t1']);
    expect(sheet.rows[1].totalSeconds).toBe(0);
    expect(sheet.weekTotal).toBe(15_300);
  });

  describe('cell edits', () => {
    const sheet = buildTimesheet(WEEK, entries, [{ projectId: 'p3', taskId: 't9' }]);
    const row = (key: string) => sheet.rows.find((candidate) => candidate.key === key)!;

    it('creates a manual entry at 09:00 in the organisation zone for an empty cell', () => {
      const p3 = row('p3/t9');
      expect(planCellChange(p3, p3.cells[2], 5400, 'Europe/Berlin')).toEqual({
        kind: 'create',
        request: { projectId: 'p3', taskId: 't9', startedAt: '2026-03-11T08:00:00Z', durationSeconds: 5400 },
      });
      expect(planCellChange(p3, p3.cells[2], 5400, 'America/New_York')).toMatchObject({ request: { startedAt: '2026-03-11T13:00:00Z' } });
    });

    it('does nothing for a blank empty cell or an unchanged duration', () => {
      const p3 = row('p3/t9');
      expect(planCellChange(p3, p3.cells[2], null, 'UTC')).toEqual({ kind: 'none' });
      const p1t1 = row('p1/t1');
      expect(planCellChange(p1t1, p1t1.cells[1], 7200, 'UTC')).toEqual({ kind: 'none' });
    });

    it('moves the end of the one entry of a cell', () => {
      const p1t1 = row('p1/t1');
      expect(planCellChange(p1t1, p1t1.cells[1], 9000, 'UTC')).toEqual({
        kind: 'update',
        entry: p1t1.cells[1].entries[0],
        endedAt: '2026-03-10T10:30:00Z',
      });
    });

    it('deletes the one entry when the cell is cleared or set to 0', () => {
      const p1t1 = row('p1/t1');
      expect(planCellChange(p1t1, p1t1.cells[1], 0, 'UTC')).toMatchObject({ kind: 'delete' });
      expect(planCellChange(p1t1, p1t1.cells[1], null, 'UTC')).toMatchObject({ kind: 'delete' });
    });

    it('asks which entry to change when the cell has several', () => {
      const p1 = row('p1/');
      expect(planCellChange(p1, p1.cells[0], 3600, 'UTC')).toMatchObject({ kind: 'choose', entries: [{ id: 'b' }, { id: 'a' }] });
    });

    it('refuses running and billed entries', () => {
      const running = buildTimesheet(WEEK, [entry({ running: true, endedAt: null })]).rows[0];
      expect(planCellChange(running, running.cells[1], 60, 'UTC')).toMatchObject({ kind: 'refuse' });
      const billed = buildTimesheet(WEEK, [entry({ billed: true })]).rows[0];
      expect(planCellChange(billed, billed.cells[1], 60, 'UTC')).toMatchObject({ kind: 'refuse' });
    });

    it('refuses adjusting entries (they are deleted and posted again, not edited)', () => {
      const adjustment = entry({ source: 'adjustment', durationSeconds: -1800, adjustment: { adjustsEntryId: 'x', reason: 'break' } });
      const adjusted = buildTimesheet(WEEK, [adjustment]).rows[0];
      expect(adjusted.cells[1].seconds).toBe(-1800);
      expect(planCellChange(adjusted, adjusted.cells[1], 0, 'UTC')).toMatchObject({ kind: 'refuse' });
    });
  });
});
