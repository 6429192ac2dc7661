import { TimeEntryId, ValidationError } from '@billing/shared/kernel';
import { ALICE, ENTRY, OTHER_ENTRY, OTHER_PROJECT, PROJECT, TASK_DESIGN, TASK_OF_OTHER_PROJECT, context, instant } from '../testing/fixtures';
import { timeEntryDecider } from '../time-entry/time-entry.decider';
import { CalendarMappingRule, ParsedCalendarEvent } from './calendar-import.types';
import { calendarProposalToCommand } from './proposal-to-command';
import { proposeCalendarEntries } from './propose-calendar-entries';

const event = (uid: string, summary: string, overrides: Partial<ParsedCalendarEvent> = {}): ParsedCalendarEvent => ({
  uid,
  recurrenceId: null,
  summary,
  startsAt: instant('2026-03-10T09:00:00Z'),
  endsAt: instant('2026-03-10T10:00:00Z'),
  allDay: false,
  ...overrides,
});

const rules: CalendarMappingRule[] = [
  { keyword: 'ACME', projectId: PROJECT, taskId: TASK_DESIGN },
  { keyword: 'review', projectId: OTHER_PROJECT, taskId: TASK_OF_OTHER_PROJECT },
  { keyword: 'acme review', projectId: OTHER_PROJECT }, // never reached: "ACME" matches first
];

const nothingImported = (): TimeEntryId | undefined => undefined;

describe('calendar import proposals', () => {
  it('maps an event by the first matching keyword, ignoring case', () => {
    const [proposal] = proposeCalendarEntries({ memberId: ALICE, events: [event('u1', ' Acme review call ')], rules, importedEntryFor: nothingImported });
    expect(proposal).toEqual({
      outcome: 'proposed',
      externalId: 'calendar:single:u1',
      memberId: ALICE,
      projectId: PROJECT,
      taskId: TASK_DESIGN,
      description: 'Acme review call',
      startedAt: '2026-03-10T09:00:00Z',
      endedAt: '2026-03-10T10:00:00Z',
      durationSeconds: 3_600,
      matchedKeyword: 'ACME',
    });
  });

  it.each([
    ['the second rule when only it matches', 'Design REVIEW', OTHER_PROJECT],
    ['nothing when no rule matches', 'Lunch', null],
  ] as const)('picks %s', (_case, summary, projectId) => {
    const [proposal] = proposeCalendarEntries({ memberId: ALICE, events: [event('u1', summary)], rules, importedEntryFor: nothingImported });
    expect(proposal?.outcome === 'proposed' ? proposal.projectId : null).toBe(projectId);
  });

  it.each([
    ['all-day events', { allDay: true }, 'all-day'],
    ['events that end at or before their start', { endsAt: instant('2026-03-10T09:00:00Z') }, 'not-after-start'],
    ['events over 24 h', { endsAt: instant('2026-03-11T09:00:01Z') }, 'longer-than-24h'], // 86,401 s
  ] as const)('skips %s', (_case, overrides, reason) => {
    const [proposal] = proposeCalendarEntries({ memberId: ALICE, events: [event('u1', 'ACME', overrides)], rules, importedEntryFor: nothingImported });
    expect(proposal).toEqual({ outcome: 'skipped', externalId: 'calendar:single:u1', reason });
  });

  it('flags events already imported, naming the entry', () => {
    const imported = new Map([['calendar:2026-03-10T09:00:00Z:weekly', ENTRY]]);
    const proposals = proposeCalendarEntries({
      memberId: ALICE,
      events: [
        event('weekly', 'ACME sync', { recurrenceId: instant('2026-03-10T09:00:00Z') }),
        event('weekly', 'ACME sync', { recurrenceId: instant('2026-03-17T09:00:00Z'), startsAt: instant('2026-03-17T09:00:00Z'), endsAt: instant('2026-03-17T09:30:00Z') }),
      ],
      rules,
      importedEntryFor: (externalId) => imported.get(externalId),
    });
    expect(proposals.map((proposal) => proposal.outcome)).toEqual(['already-imported', 'proposed']);
    expect(proposals[0]).toEqual({ outcome: 'already-imported', externalId: 'calendar:2026-03-10T09:00:00Z:weekly', entryId: ENTRY });
    expect(proposals[1]).toMatchObject({ durationSeconds: 1_800 }); // 09:30 - 09:00
  });

  it('skips an occurrence repeated in the same feed', () => {
    const proposals = proposeCalendarEntries({ memberId: ALICE, events: [event('u1', 'ACME'), event('u1', 'ACME')], rules, importedEntryFor: nothingImported });
    expect(proposals.map((proposal) => proposal.outcome === 'skipped' && proposal.reason)).toEqual([false, 'repeated-in-calendar']);
  });

  it('refuses a rule without keyword', () => {
    expect(() =>
      proposeCalendarEntries({ memberId: ALICE, events: [], rules: [{ keyword: ' ', projectId: PROJECT }], importedEntryFor: nothingImported }),
    ).toThrow(ValidationError);
  });

  it('an accepted proposal becomes a calendar log-time-entry the decider accepts', () => {
    const [proposal] = proposeCalendarEntries({ memberId: ALICE, events: [event('u1', 'ACME')], rules, importedEntryFor: nothingImported });
    if (proposal?.outcome !== 'proposed') throw new Error('expected a proposal');
    const command = calendarProposalToCommand(proposal, { entryId: OTHER_ENTRY, actorId: ALICE, at: instant('2026-03-11T08:00:00Z') });
    const events = timeEntryDecider.decide(command, timeEntryDecider.initialState, context());
    expect(events).toMatchObject([
      { type: 'time-entry-logged', data: { entryId: OTHER_ENTRY, source: 'calendar', externalId: 'calendar:single:u1', durationSeconds: 3_600, billable: true } },
    ]);
  });
});
