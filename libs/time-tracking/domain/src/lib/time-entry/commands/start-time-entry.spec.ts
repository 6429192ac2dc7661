import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import {
  ALICE,
  BOB,
  ENTRY,
  PROJECT,
  RESPONSIBLE,
  TASK_ARCHIVED,
  TASK_DESIGN,
  TASK_INTERNAL,
  TASK_OF_OTHER_PROJECT,
  TEAM_RED,
  context,
  instant,
  project,
  started,
} from '../../testing/fixtures';
import { StartTimeEntry } from '../time-entry.commands';
import { timeEntryDecider } from '../time-entry.decider';

const start = (data: Partial<StartTimeEntry['data']> = {}, actorId = ALICE): StartTimeEntry => ({
  type: 'start-time-entry',
  actorId,
  at: instant('2026-03-10T09:00:00.750Z'),
  data: { entryId: ENTRY, memberId: ALICE, projectId: PROJECT, taskId: TASK_DESIGN, description: ' Wireframes ', tags: ['ux'], ...data },
});

const entryTimer = spec(timeEntryDecider, context());

describe('start-time-entry', () => {
  it('starts the timer at the command instant, floored to the whole second', () => {
    entryTimer.given([]).when(start()).then([started('2026-03-10T09:00:00Z')]);
  });

  it.each([
    ['the project default (task without its own)', TASK_DESIGN, undefined, true],
    ['the task default over the project default', TASK_INTERNAL, undefined, false],
    ['an explicit choice over both', TASK_INTERNAL, true, true],
    ['the project default when there is no task', null, undefined, true],
  ] as const)('billable comes from %s', (_case, taskId, billable, expected) => {
    const [event] = timeEntryDecider.decide(start({ taskId, billable }), timeEntryDecider.initialState, context());
    expect(event?.type === 'time-entry-started' && event.data.billable).toBe(expected);
  });

  it('normalises tags: trimmed, inner spaces collapsed, duplicates dropped regardless of case', () => {
    const [event] = timeEntryDecider.decide(
      start({ tags: [' Client  call ', 'client call', 'UX', 'ux', ''] }),
      timeEntryDecider.initialState,
      context(),
    );
    expect(event?.data).toMatchObject({ tags: ['Client call', 'UX'] });
  });

  it('lets a responsible start a timer for a member who is not assigned to the project', () => {
    const events = timeEntryDecider.decide(
      start({ memberId: BOB }, RESPONSIBLE),
      timeEntryDecider.initialState,
      context({ actorAuthority: 'responsible-in-scope' }),
    );
    expect(events).toMatchObject([{ type: 'time-entry-started', data: { memberId: BOB } }]);
  });

  describe('is refused', () => {
    it('when the entry already exists (409 ENTRY_ALREADY_EXISTS)', () => {
      entryTimer.given([started()]).when(start()).thenThrows(ConflictError, (error) => error.code === 'ENTRY_ALREADY_EXISTS');
    });

    it('when a member starts a timer for someone else (403)', () => {
      entryTimer
        .given([])
        .when(start({ memberId: BOB }))
        .thenThrows(ForbiddenError, (error) => error.missingPermission === 'time-entries:write-others');
    });

    it('with every malformed field listed at once (400)', () => {
      const error = entryTimer
        .given([])
        .when(start({ projectId: 'p1' as never, tags: ['x'.repeat(41)], description: 'd'.repeat(2001) }))
        .thenThrows(ValidationError);
      expect(error.fields.map((field) => field.path)).toEqual(['projectId', 'description', 'tags[0]']);
    });

    it('when the project is unknown (404)', () => {
      entryTimer.given([]).when(start(), context({ project: undefined })).thenThrows(NotFoundError);
    });

    it.each(['archived', 'completed'] as const)('when the project is %s (422 PROJECT_NOT_ACTIVE)', (status) => {
      entryTimer
        .given([])
        .when(start(), context({ project: { ...project, status } }))
        .thenThrows(RuleViolationError, (error) => error.code === 'PROJECT_NOT_ACTIVE');
    });

    it('when the task belongs to another project (422 TASK_NOT_IN_PROJECT)', () => {
      entryTimer
        .given([])
        .when(start({ taskId: TASK_OF_OTHER_PROJECT }))
        .thenThrows(RuleViolationError, (error) => error.code === 'TASK_NOT_IN_PROJECT');
    });

    it('when the task is archived (422 TASK_ARCHIVED)', () => {
      entryTimer
        .given([])
        .when(start({ taskId: TASK_ARCHIVED }))
        .thenThrows(RuleViolationError, (error) => error.code === 'TASK_ARCHIVED');
    });

    it('when the member is not assigned to the project and logs for themself (422 MEMBER_NOT_ASSIGNED)', () => {
      entryTimer
        .given([])
        .when(start({ memberId: BOB }, BOB))
        .thenThrows(RuleViolationError, (error) => error.code === 'MEMBER_NOT_ASSIGNED');
    });

    it('when the project requires a task and a description and both are missing (400)', () => {
      const error = entryTimer
        .given([])
        .when(
          start({ taskId: null, description: '   ' }),
          context({ project: { ...project, requiredFields: { task: true, description: true } } }),
        )
        .thenThrows(ValidationError);
      expect(error.fields).toEqual([
        { path: 'taskId', reason: 'is required by the project' },
        { path: 'description', reason: 'is required by the project' },
      ]);
    });

    it('when the day is in a period closed organisation-wide (409 PERIOD_CLOSED naming the month)', () => {
      const error = entryTimer
        .given([])
        .when(start(), context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) }))
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED');
      expect(error.details).toEqual({ period: '2026-03', date: '2026-03-10' });
    });

    it("when the day is in a period closed for the member's team on that day", () => {
      const error = entryTimer
        .given([])
        .when(
          start(),
          context({
            isPeriodClosed: closedPeriodLookup({ organisationWide: [], byTeam: { [TEAM_RED]: ['2026-03'] } }),
            teamOfMemberOn: (memberId, date) => (memberId === ALICE && date >= '2026-03-01' ? TEAM_RED : undefined),
          }),
        )
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED');
      expect(error.details).toEqual({ period: '2026-03', date: '2026-03-10', teamId: TEAM_RED });
    });
  });
});
