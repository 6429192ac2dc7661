import { LocalDate, MemberId, ProjectId, TimeEntryId, ValidationError, isoWeekday } from '@billing/shared/kernel';
import { ALICE, BERLIN, BOB, OTHER_PROJECT, PROJECT, TASK_DESIGN, UTC, instant } from '../testing/fixtures';
import { addSeconds } from '../shared/instant';
import { auditTimeEntries } from './audit-time-entries';
import { AuditSettings, AuditedEntry } from './audit.types';

const id = (suffix: string) => `00000000-0000-4000-8000-${suffix.padStart(12, '0')}` as TimeEntryId;

const settings: AuditSettings = {
  timeZone: UTC,
  now: instant('2026-03-20T12:00:00Z'),
  lateAfterDays: 3,
  // OTHER_PROJECT requires both; PROJECT neither
  requiredFieldsOf: (projectId: ProjectId) =>
    projectId === OTHER_PROJECT ? { task: true, description: true } : projectId === PROJECT ? { task: false, description: false } : undefined,
  // Monday to Friday, except Bob, who works Tuesday to Saturday
  isWorkingDay: (memberId: MemberId, date: LocalDate) =>
    memberId === BOB ? isoWeekday(date) >= 2 && isoWeekday(date) <= 6 : isoWeekday(date) <= 5,
};

/** A clean entry: Alice, Tuesday 10 March 09:00-10:00 UTC, task and description, written the same day. */
const entry = (suffix: string, overrides: Partial<Omit<AuditedEntry, 'startedAt' | 'endedAt' | 'recordedAt'>> & { startedAt?: string; endedAt?: string | null; recordedAt?: string } = {}): AuditedEntry => {
  const { startedAt = '2026-03-10T09:00:00Z', endedAt = '2026-03-10T10:00:00Z', recordedAt = '2026-03-10T18:00:00Z', ...rest } = overrides;
  return {
    entryId: id(suffix),
    memberId: ALICE,
    projectId: PROJECT,
    taskId: TASK_DESIGN,
    description: 'Work',
    startedAt: instant(startedAt),
    endedAt: endedAt === null ? null : instant(endedAt),
    recordedAt: instant(recordedAt),
    ...rest,
  };
};

describe('quality audit of time logs', () => {
  it('finds nothing in a clean log', () => {
    expect(auditTimeEntries([entry('1'), entry('2', { startedAt: '2026-03-10T10:00:00Z', endedAt: '2026-03-10T11:00:00Z' })], settings)).toEqual([]);
  });

  describe('overlaps for the same member', () => {
    it.each([
      ['09:00-10:00 and 09:30-11:00 overlap 30 min', '2026-03-10T09:30:00Z', '2026-03-10T11:00:00Z', ALICE, 1_800], // 10:00 - 09:30 = 1,800 s
      ['09:00-10:00 and 09:15-09:45: the second inside the first', '2026-03-10T09:15:00Z', '2026-03-10T09:45:00Z', ALICE, 1_800], // 09:45 - 09:15
      ['09:00-10:00 and 10:00-11:00 touch but do not overlap', '2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z', ALICE, 0],
      ["Alice's 09:00-10:00 and Bob's 09:30-11:00 are different members", '2026-03-10T09:30:00Z', '2026-03-10T11:00:00Z', BOB, 0],
    ] as const)('%s', (_case, startedAt, endedAt, memberId, overlapSeconds) => {
      const findings = auditTimeEntries([entry('1'), entry('2', { startedAt, endedAt, memberId })], settings).filter((finding) => finding.rule === 'overlap');
      expect(findings).toEqual(overlapSeconds === 0 ? [] : [{ rule: 'overlap', entryId: id('1'), otherEntryId: id('2'), overlapSeconds }]);
    });

    it('a running timer overlaps everything the member logged after its start', () => {
      const findings = auditTimeEntries(
        [entry('2', { startedAt: '2026-03-20T10:00:00Z', endedAt: '2026-03-20T11:00:00Z', recordedAt: '2026-03-20T11:00:00Z' }), entry('1', { startedAt: '2026-03-20T09:00:00Z', endedAt: null, recordedAt: '2026-03-20T09:00:00Z' })],
        settings,
      );
      // the timer runs 09:00 -> now (12:00); the logged 10:00-11:00 lies inside: 3,600 s
      expect(findings).toEqual([{ rule: 'overlap', entryId: id('1'), otherEntryId: id('2'), overlapSeconds: 3_600 }]);
    });

    it('reports each pair once, also when three entries pile up', () => {
      const findings = auditTimeEntries(
        [
          entry('1', { startedAt: '2026-03-10T09:00:00Z', endedAt: '2026-03-10T12:00:00Z' }),
          entry('2', { startedAt: '2026-03-10T10:00:00Z', endedAt: '2026-03-10T11:00:00Z' }),
          entry('3', { startedAt: '2026-03-10T10:30:00Z', endedAt: '2026-03-10T13:00:00Z' }),
        ],
        settings,
      );
      expect(findings).toEqual([
        { rule: 'overlap', entryId: id('1'), otherEntryId: id('2'), overlapSeconds: 3_600 }, // 11:00 - 10:00
        { rule: 'overlap', entryId: id('1'), otherEntryId: id('3'), overlapSeconds: 5_400 }, // 12:00 - 10:30
        { rule: 'overlap', entryId: id('2'), otherEntryId: id('3'), overlapSeconds: 1_800 }, // 11:00 - 10:30
      ]);
    });
  });

  describe('long entries', () => {
    it.each([
      ['a finished 12 h entry is fine', '2026-03-10T06:00:00Z', '2026-03-10T18:00:00Z', []], // 43,200 s is not over 12 h
      ['a finished 12 h 1 s entry is flagged', '2026-03-10T06:00:00Z', '2026-03-10T18:00:01Z', [{ rule: 'entry-over-12h', durationSeconds: 43_201 }]],
      ['a timer running 24 h is fine', '2026-03-19T12:00:00Z', null, []], // now - start = 86,400 s, not over
      ['a timer running 24 h 1 s is flagged', '2026-03-19T11:59:59Z', null, [{ rule: 'running-over-24h', runningSeconds: 86_401 }]],
      ['a timer running 13 h is not an entry over 12 h yet', '2026-03-19T23:00:00Z', null, []],
    ] as const)('%s', (_case, startedAt, endedAt, expected) => {
      const findings = auditTimeEntries([entry('1', { startedAt, endedAt, recordedAt: startedAt })], { ...settings, isWorkingDay: () => true });
      expect(findings).toEqual(expected.map((finding) => ({ ...finding, entryId: id('1') })));
    });
  });

  describe('missing task or description where the project requires them', () => {
    it.each([
      ['no task', { projectId: OTHER_PROJECT, taskId: null }, ['missing-task']],
      ['a blank description', { projectId: OTHER_PROJECT, description: '  ' }, ['missing-description']],
      ['neither', { projectId: OTHER_PROJECT, taskId: null, description: '' }, ['missing-task', 'missing-description']],
      ['neither, on a project that requires nothing', { taskId: null, description: '' }, []],
    ] as const)('%s', (_case, overrides, rules) => {
      const findings = auditTimeEntries([entry('1', overrides)], settings);
      expect(findings.map((finding) => finding.rule)).toEqual(rules);
    });
  });

  describe('entries on non-working days', () => {
    it.each([
      ['Alice on Saturday 14 March', ALICE, '2026-03-14T09:00:00Z', UTC, '2026-03-14'],
      ['Alice on Friday 13 March', ALICE, '2026-03-13T09:00:00Z', UTC, null],
      ['Bob, who works Saturdays, on Saturday 14 March', BOB, '2026-03-14T09:00:00Z', UTC, null],
      ['Bob on Monday 16 March', BOB, '2026-03-16T09:00:00Z', UTC, '2026-03-16'],
      // Friday 13 March 23:30 UTC is Saturday 00:30 in Berlin (CET, UTC+1): the zone decides the day
      ['Alice at Friday 23:30 UTC, Saturday in Berlin', ALICE, '2026-03-13T23:30:00Z', BERLIN, '2026-03-14'],
    ] as const)('%s', (_case, memberId, startedAt, timeZone, flaggedDay) => {
      const findings = auditTimeEntries(
        [entry('1', { memberId, startedAt, endedAt: addSeconds(instant(startedAt), 3_600), recordedAt: startedAt })],
        { ...settings, timeZone },
      ).filter((finding) => finding.rule === 'non-working-day');
      expect(findings).toEqual(flaggedDay === null ? [] : [{ rule: 'non-working-day', entryId: id('1'), day: flaggedDay }]);
    });
  });

  describe('entries logged more than N days after they happened (N = 3)', () => {
    it.each([
      ['the same day', '2026-03-10T18:00:00Z', null],
      ['3 days later (13 March): not more than 3', '2026-03-13T23:59:59Z', null],
      ['4 days later (14 March)', '2026-03-14T00:00:00Z', 4],
      ['10 days later', '2026-03-20T08:00:00Z', 10],
    ] as const)('%s', (_case, recordedAt, daysLate) => {
      const findings = auditTimeEntries([entry('1', { recordedAt })], settings).filter((finding) => finding.rule === 'logged-late');
      expect(findings).toEqual(
        daysLate === null ? [] : [{ rule: 'logged-late', entryId: id('1'), day: '2026-03-10', recordedOn: recordedAt.slice(0, 10), daysLate }],
      );
    });

    it('counts local days in the zone: 23:30 UTC on the 13th is already the 14th in Berlin', () => {
      const late = { startedAt: '2026-03-10T09:00:00Z', recordedAt: '2026-03-13T23:30:00Z' };
      // UTC: 10 March -> 13 March = 3 days, not more than 3
      expect(auditTimeEntries([entry('1', late)], settings)).toEqual([]);
      // Berlin (CET, UTC+1): 10 March -> 14 March 00:30 = 4 days > 3
      expect(auditTimeEntries([entry('1', late)], { ...settings, timeZone: BERLIN })).toEqual([
        { rule: 'logged-late', entryId: id('1'), day: '2026-03-10', recordedOn: '2026-03-14', daysLate: 4 },
      ]);
    });

    it('refuses a negative N', () => {
      expect(() => auditTimeEntries([], { ...settings, lateAfterDays: -1 })).toThrow(ValidationError);
    });
  });

  it('lists findings per entry in the given order, overlaps last', () => {
    const findings = auditTimeEntries(
      [
        entry('2', { startedAt: '2026-03-14T09:00:00Z', endedAt: '2026-03-14T22:00:00Z', recordedAt: '2026-03-14T22:00:00Z' }), // Saturday, 13 h
        entry('1', { startedAt: '2026-03-14T08:00:00Z', endedAt: '2026-03-14T10:00:00Z', recordedAt: '2026-03-14T22:00:00Z' }), // Saturday
      ],
      settings,
    );
    expect(findings.map((finding) => [finding.rule, finding.entryId])).toEqual([
      ['entry-over-12h', id('2')],
      ['non-working-day', id('2')],
      ['non-working-day', id('1')],
      ['overlap', id('1')],
    ]);
  });
});
