import { ConflictError, ForbiddenError, LocalDate, NotFoundError, RuleViolationError, TimeEntryId, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import { countedEntrySeconds } from '../../calendar/entry-duration';
import {
  ALICE,
  BERLIN,
  ENTRY,
  OTHER_ENTRY,
  OTHER_PROJECT,
  RESPONSIBLE,
  TASK_ARCHIVED,
  TASK_DESIGN,
  TASK_OF_OTHER_PROJECT,
  TEAM_RED,
  context,
  deleted,
  details,
  instant,
  logged,
  otherProject,
  project,
  started,
} from '../../testing/fixtures';
import { PostAdjustingEntry } from '../time-entry.commands';
import { AdjustedEntry, TimeEntryDecisionContext } from '../time-entry.context';
import { TimeEntryEvent } from '../time-entry.events';
import { timeEntryDecider } from '../time-entry.decider';
import { ExistingTimeEntry } from '../time-entry.state';

const ADJUSTMENT = '00000000-0000-4000-8000-00000000ad01' as TimeEntryId;

/** Alice's entry of 2026-03-10 (7,200 s), folded from its events. */
const adjustedEntry = (...events: TimeEntryEvent[]): ExistingTimeEntry =>
  (events.length === 0 ? [logged()] : events).reduce(timeEntryDecider.evolve, timeEntryDecider.initialState) as ExistingTimeEntry;

const marchClosed = closedPeriodLookup({ organisationWide: ['2026-03'] });

/** Finance (admin authority), March closed, the adjusted entry with no adjustments yet. */
const adjusting = (overrides: Partial<TimeEntryDecisionContext> = {}, adjusted: AdjustedEntry = { entry: adjustedEntry(), liveAdjustmentSeconds: 0 }) =>
  context({ actorAuthority: 'admin', isPeriodClosed: marchClosed, adjusted, ...overrides });

const post = (data: Partial<PostAdjustingEntry['data']> = {}, actorId = RESPONSIBLE): PostAdjustingEntry => ({
  type: 'post-adjusting-entry',
  actorId,
  at: instant('2026-04-03T10:00:00Z'),
  data: { entryId: ADJUSTMENT, adjustsEntryId: ENTRY, durationSeconds: -1_800, reason: ' client disputed half an hour ', ...data },
});

const posted = (data: Partial<Extract<TimeEntryEvent, { type: 'time-entry-adjustment-posted' }>['data']> = {}): TimeEntryEvent => ({
  type: 'time-entry-adjustment-posted',
  data: {
    entryId: ADJUSTMENT,
    adjustsEntryId: ENTRY,
    memberId: ALICE,
    ...details,
    day: '2026-04-01' as LocalDate,
    startedAt: instant('2026-04-01T00:00:00Z'),
    durationSeconds: -1_800,
    reason: 'client disputed half an hour',
    recordedAt: instant('2026-04-03T10:00:00Z'),
    ...data,
  },
});

const entries = spec(timeEntryDecider, adjusting());
const conflict = (code: string) => (error: ConflictError) => error.code === code;

describe('post-adjusting-entry', () => {
  it('posts a signed correction on the first day of the next open period, copying the entry (reason trimmed)', () => {
    entries.given([]).when(post()).then([posted()]);
  });

  it('skips months that are closed too, and starts the day in the organisation zone', () => {
    // March and April closed: the first open day is 1 May, which starts at 2026-04-30T22:00Z in Berlin (CEST).
    entries
      .given([])
      .when(post(), adjusting({ timeZone: BERLIN, isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03', '2026-04'] }) }))
      .then([posted({ day: '2026-05-01' as LocalDate, startedAt: instant('2026-04-30T22:00:00Z') })]);
  });

  it('takes the first month open for the member: a team reopened out of the close is open', () => {
    const closedForRed = closedPeriodLookup({ organisationWide: ['2026-03'], byTeam: { [TEAM_RED]: ['2026-04'] } });
    entries
      .given([])
      .when(post(), adjusting({ isPeriodClosed: closedForRed, teamOfMemberOn: () => TEAM_RED }))
      .then([posted({ day: '2026-05-01' as LocalDate, startedAt: instant('2026-05-01T00:00:00Z') })]);
  });

  it('posts on a later open day, positive, moved to another project and task, not billable', () => {
    entries
      .given([])
      .when(
        post({ day: '2026-04-15' as LocalDate, durationSeconds: 900, projectId: OTHER_PROJECT, taskId: TASK_OF_OTHER_PROJECT, billable: false, description: 'moved' }),
        adjusting({ project: otherProject }),
      )
      .then([
        posted({
          day: '2026-04-15' as LocalDate,
          startedAt: instant('2026-04-15T00:00:00Z'),
          durationSeconds: 900,
          projectId: OTHER_PROJECT,
          taskId: TASK_OF_OTHER_PROJECT,
          billable: false,
          description: 'moved',
        }),
      ]);
  });

  it('lets a negative adjustment take the entry exactly to zero (7,200 - 3,600 - 3,600 = 0)', () => {
    entries
      .given([])
      .when(post({ durationSeconds: -3_600 }), adjusting({}, { entry: adjustedEntry(), liveAdjustmentSeconds: -3_600 }))
      .then([posted({ durationSeconds: -3_600 })]);
  });

  it('lets a responsible in scope adjust', () => {
    entries.given([]).when(post(), adjusting({ actorAuthority: 'responsible-in-scope' })).then([posted()]);
  });

  it('folds into a stopped entry spanning its signed seconds, marked as an adjustment', () => {
    const state = [posted()].reduce(timeEntryDecider.evolve, timeEntryDecider.initialState) as ExistingTimeEntry;
    expect(state).toMatchObject({
      status: 'stopped',
      source: 'adjustment',
      startedAt: '2026-04-01T00:00:00Z',
      endedAt: '2026-03-31T23:30:00Z', // 1,800 s before the start: end - start = -1,800
      adjustment: { adjustsEntryId: ENTRY, reason: 'client disputed half an hour' },
    });
    expect(countedEntrySeconds(state)).toBe(-1_800);
  });

  it('can be deleted like any entry; an edit is refused (409 ADJUSTMENT_NOT_EDITABLE)', () => {
    entries
      .given([posted()])
      .when({ type: 'delete-time-entry', actorId: RESPONSIBLE, at: instant('2026-04-04T10:00:00Z'), data: { entryId: ADJUSTMENT } })
      .then([{ type: 'time-entry-deleted', data: { entryId: ADJUSTMENT, reason: null } }]);
    entries
      .given([posted()])
      .when({ type: 'edit-time-entry', actorId: RESPONSIBLE, at: instant('2026-04-04T10:00:00Z'), data: { entryId: ADJUSTMENT, changes: { description: 'x' } } })
      .thenThrows(ConflictError, conflict('ADJUSTMENT_NOT_EDITABLE'));
  });

  it('is billed and unbilled like any entry', () => {
    entries
      .given([posted()])
      .when({ type: 'mark-time-entry-billed', actorId: RESPONSIBLE, at: instant('2026-04-30T10:00:00Z'), data: { entryId: ADJUSTMENT, billing: { kind: 'reference', reference: 'EXT-1' } } })
      .then([{ type: 'time-entry-billed', data: { entryId: ADJUSTMENT, billing: { kind: 'reference', reference: 'EXT-1' } } }]);
  });

  it('is deleted and restored by finance, admins and responsibles in scope only, never by the member (403)', () => {
    const remove = { type: 'delete-time-entry' as const, actorId: ALICE, at: instant('2026-04-04T10:00:00Z'), data: { entryId: ADJUSTMENT } };
    entries.given([posted()]).when(remove, adjusting({ actorAuthority: 'self' })).thenThrows(ForbiddenError);
    const restore = { type: 'restore-time-entry' as const, actorId: ALICE, at: instant('2026-04-04T10:00:00Z'), data: { entryId: ADJUSTMENT } };
    const removed: TimeEntryEvent = { type: 'time-entry-deleted', data: { entryId: ADJUSTMENT, reason: null } };
    entries.given([posted(), removed]).when(restore, adjusting({ actorAuthority: 'self' })).thenThrows(ForbiddenError);
  });

  it('is restored only while the net stays at or above zero: 7,200 - 7,000 posted since - 1,800 restored = -1,600 (409)', () => {
    const removed: TimeEntryEvent = { type: 'time-entry-deleted', data: { entryId: ADJUSTMENT, reason: null } };
    const restore = { type: 'restore-time-entry' as const, actorId: RESPONSIBLE, at: instant('2026-04-05T10:00:00Z'), data: { entryId: ADJUSTMENT } };
    entries
      .given([posted(), removed])
      .when(restore, adjusting({}, { entry: adjustedEntry(), liveAdjustmentSeconds: -7_000 }))
      .thenThrows(ConflictError, (error) => error.code === 'ADJUSTMENT_BELOW_ZERO' && error.details['netSeconds'] === -1_600);
    entries
      .given([posted(), removed])
      .when(restore, adjusting({}, { entry: adjustedEntry(), liveAdjustmentSeconds: -5_400 }))
      .then([{ type: 'time-entry-restored', data: { entryId: ADJUSTMENT, reason: null } }]); // 7,200 - 5,400 - 1,800 = 0
  });

  it('is deleted only while the net stays at or above zero: 7,200 + 1,800 this one - 9,000 posted since - 1,800 = -1,800 (409)', () => {
    const remove = { type: 'delete-time-entry' as const, actorId: RESPONSIBLE, at: instant('2026-04-05T10:00:00Z'), data: { entryId: ADJUSTMENT } };
    const positive = posted({ durationSeconds: 1_800 });
    entries
      .given([positive])
      .when(remove, adjusting({}, { entry: adjustedEntry(), liveAdjustmentSeconds: 1_800 - 9_000 }))
      .thenThrows(ConflictError, (error) => error.code === 'ADJUSTMENT_BELOW_ZERO' && error.details['netSeconds'] === -1_800);
    entries
      .given([positive])
      .when(remove, adjusting({}, { entry: adjustedEntry(), liveAdjustmentSeconds: 1_800 - 7_200 }))
      .then([{ type: 'time-entry-deleted', data: { entryId: ADJUSTMENT, reason: null } }]); // 7,200 + 1,800 - 7,200 - 1,800 = 0
    entries
      .given([posted({ durationSeconds: -1_800 })])
      .when(remove, adjusting({}, { entry: adjustedEntry(), liveAdjustmentSeconds: -7_200 }))
      .then([{ type: 'time-entry-deleted', data: { entryId: ADJUSTMENT, reason: null } }]); // taking time off back only adds: 7,200 - 7,200 + 1,800
  });

  describe('is refused', () => {
    it('without a reason, with zero, fractional or over-24 h seconds, or a malformed day (400, every field named)', () => {
      entries
        .given([])
        .when(post({ reason: '  ', durationSeconds: 0, day: '2026-4-1' as LocalDate }))
        .thenThrows(ValidationError, (error) => ['durationSeconds', 'reason', 'day'].every((path) => error.fields.some((field) => field.path === path)));
      entries.given([]).when(post({ durationSeconds: 1.5 })).thenThrows(ValidationError, (error) => error.fields[0]?.path === 'durationSeconds');
      entries.given([]).when(post({ durationSeconds: -86_401 })).thenThrows(ValidationError, (error) => error.fields[0]?.path === 'durationSeconds');
    });

    it('for an unknown entry (404)', () => {
      entries.given([]).when(post({ adjustsEntryId: OTHER_ENTRY })).thenThrows(NotFoundError);
      entries.given([]).when(post(), adjusting({ adjusted: undefined })).thenThrows(NotFoundError);
    });

    it('for a deleted or running entry (409)', () => {
      entries
        .given([])
        .when(post(), adjusting({}, { entry: adjustedEntry(logged(), deleted), liveAdjustmentSeconds: 0 }))
        .thenThrows(ConflictError, conflict('ENTRY_DELETED'));
      entries
        .given([])
        .when(post(), adjusting({}, { entry: adjustedEntry(started()), liveAdjustmentSeconds: 0 }))
        .thenThrows(ConflictError, conflict('ENTRY_RUNNING'));
    });

    it('for an adjustment itself (409 ADJUSTMENT_OF_ADJUSTMENT)', () => {
      const adjustment = [posted()].reduce(timeEntryDecider.evolve, timeEntryDecider.initialState) as ExistingTimeEntry;
      entries
        .given([])
        .when(post({ adjustsEntryId: ADJUSTMENT, entryId: OTHER_ENTRY }), adjusting({}, { entry: adjustment, liveAdjustmentSeconds: 0 }))
        .thenThrows(ConflictError, conflict('ADJUSTMENT_OF_ADJUSTMENT'));
    });

    it('for a member, even on their own entry (403)', () => {
      entries.given([]).when(post({}, ALICE), adjusting({ actorAuthority: 'self' })).thenThrows(ForbiddenError);
    });

    it('when the entry is in an open period: edit it directly (409 PERIOD_OPEN naming the period)', () => {
      entries
        .given([])
        .when(post(), adjusting({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-02'] }) }))
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_OPEN' && error.details['period'] === '2026-03');
    });

    it('on a chosen day in a closed period (409 PERIOD_CLOSED naming it), or not after the adjusted period (400 day)', () => {
      entries
        .given([])
        .when(post({ day: '2026-04-20' as LocalDate }), adjusting({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03', '2026-04'] }) }))
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED' && error.details['period'] === '2026-04');
      entries.given([]).when(post({ day: '2026-03-31' as LocalDate })).thenThrows(ValidationError, (error) => error.fields[0]?.path === 'day');
    });

    it('below zero net: 7,200 - 3,600 already - 3,601 = -1 (409 ADJUSTMENT_BELOW_ZERO)', () => {
      entries
        .given([])
        .when(post({ durationSeconds: -3_601 }), adjusting({}, { entry: adjustedEntry(), liveAdjustmentSeconds: -3_600 }))
        .thenThrows(ConflictError, (error) => error.code === 'ADJUSTMENT_BELOW_ZERO' && error.details['netSeconds'] === -1);
    });

    it('onto another project that is not active, or a task that is archived or not of the project', () => {
      entries
        .given([])
        .when(post({ projectId: OTHER_PROJECT }), adjusting({ project: { ...otherProject, status: 'archived' } }))
        .thenThrows(RuleViolationError, (error) => error.code === 'PROJECT_NOT_ACTIVE');
      entries
        .given([])
        .when(post({ taskId: TASK_ARCHIVED }), adjusting({ project }))
        .thenThrows(RuleViolationError, (error) => error.code === 'TASK_ARCHIVED');
      entries
        .given([])
        .when(post({ projectId: OTHER_PROJECT, taskId: TASK_DESIGN }), adjusting({ project: otherProject }))
        .thenThrows(RuleViolationError, (error) => error.code === 'TASK_NOT_IN_PROJECT');
    });

    it('twice under the same id (409 ENTRY_ALREADY_EXISTS)', () => {
      entries.given([posted()]).when(post()).thenThrows(ConflictError, conflict('ENTRY_ALREADY_EXISTS'));
    });
  });
});
