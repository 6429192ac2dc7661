import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import {
  ALICE,
  BOB,
  ENTRY,
  OTHER_PROJECT,
  PROJECT,
  RESPONSIBLE,
  TASK_DESIGN,
  TASK_INTERNAL,
  TASK_OF_OTHER_PROJECT,
  billedBy,
  context,
  deleted,
  instant,
  logged,
  otherProject,
  project,
  started,
} from '../../testing/fixtures';
import { EditTimeEntry, EntryEdits } from '../time-entry.commands';
import { timeEntryDecider } from '../time-entry.decider';

const edit = (changes: EntryEdits, actorId = ALICE, reason?: string): EditTimeEntry => ({
  type: 'edit-time-entry',
  actorId,
  at: instant('2026-03-12T08:00:00Z'),
  data: { entryId: ENTRY, changes, ...(reason === undefined ? {} : { reason }) },
});

const entries = spec(timeEntryDecider, context());

describe('edit-time-entry', () => {
  it('records only the changed fields, each with before and after', () => {
    entries
      .given([logged()])
      .when(edit({ description: ' Wireframes v2 ', tags: ['UX', 'review'], billable: true }, ALICE, ' typo '))
      .then([
        {
          type: 'time-entry-edited',
          data: {
            entryId: ENTRY,
            // billable was already true and is not listed
            changes: {
              description: { before: 'Wireframes', after: 'Wireframes v2' },
              tags: { before: ['ux'], after: ['UX', 'review'] },
            },
            reason: 'typo',
          },
        },
      ]);
  });

  it('moves the times, re-checking the span', () => {
    entries
      .given([logged()])
      .when(edit({ startedAt: instant('2026-03-10T08:30:00Z') }))
      .then([
        {
          type: 'time-entry-edited',
          data: { entryId: ENTRY, changes: { startedAt: { before: instant('2026-03-10T09:00:00Z'), after: instant('2026-03-10T08:30:00Z') } }, reason: null },
        },
      ]);
  });

  it('moving to another project and task re-applies the billable default', () => {
    entries
      .given([logged()])
      .when(edit({ projectId: OTHER_PROJECT, taskId: TASK_OF_OTHER_PROJECT }), context({ project: otherProject }))
      .then([
        {
          type: 'time-entry-edited',
          data: {
            entryId: ENTRY,
            changes: {
              projectId: { before: PROJECT, after: OTHER_PROJECT },
              taskId: { before: TASK_DESIGN, after: TASK_OF_OTHER_PROJECT },
              // TASK_OF_OTHER_PROJECT is billable, and billable was already true: no change listed
            },
            reason: null,
          },
        },
      ]);
  });

  it('changing to a non-billable task flips billable unless given explicitly', () => {
    const [defaulted] = timeEntryDecider.decide(edit({ taskId: TASK_INTERNAL }), [logged()].reduce(timeEntryDecider.evolve, timeEntryDecider.initialState), context());
    expect(defaulted?.data).toMatchObject({ changes: { billable: { before: true, after: false } } });
    const [explicit] = timeEntryDecider.decide(
      edit({ taskId: TASK_INTERNAL, billable: true }),
      [logged()].reduce(timeEntryDecider.evolve, timeEntryDecider.initialState),
      context(),
    );
    expect(explicit?.data).toMatchObject({ changes: { taskId: { before: TASK_DESIGN, after: TASK_INTERNAL } } });
    expect(explicit?.type === 'time-entry-edited' && explicit.data.changes.billable).toBeUndefined();
  });

  it('edits the start of a running entry', () => {
    const [event] = timeEntryDecider.decide(
      edit({ startedAt: instant('2026-03-10T08:45:00Z') }),
      [started()].reduce(timeEntryDecider.evolve, timeEntryDecider.initialState),
      context(),
    );
    expect(event?.data).toMatchObject({ changes: { startedAt: { after: '2026-03-10T08:45:00Z' } } });
  });

  it('changes nothing when every value is already as asked', () => {
    entries.given([logged()]).when(edit({ description: 'Wireframes ', tags: ['ux'] })).thenNothingHappens();
  });

  it('lets a responsible correct a member entry', () => {
    entries
      .given([logged()])
      .when(edit({ description: 'Fixed' }, RESPONSIBLE), context({ actorAuthority: 'responsible-in-scope' }))
      .then([{ type: 'time-entry-edited', data: { entryId: ENTRY, changes: { description: { before: 'Wireframes', after: 'Fixed' } }, reason: null } }]);
  });

  it('still allows corrections on a completed project', () => {
    entries
      .given([logged()])
      .when(edit({ description: 'Fixed' }), context({ project: { ...project, status: 'completed' } }))
      .then([{ type: 'time-entry-edited', data: { entryId: ENTRY, changes: { description: { before: 'Wireframes', after: 'Fixed' } }, reason: null } }]);
  });

  describe('is refused', () => {
    it('for an unknown entry (404)', () => {
      entries.given([]).when(edit({ description: 'x' })).thenThrows(NotFoundError);
    });

    it("for someone else's entry without authority (403)", () => {
      entries.given([logged()]).when(edit({ description: 'x' }, BOB)).thenThrows(ForbiddenError);
    });

    it('for a deleted entry (409 ENTRY_DELETED)', () => {
      entries.given([logged(), deleted]).when(edit({ description: 'x' })).thenThrows(ConflictError, (error) => error.code === 'ENTRY_DELETED');
    });

    it('for a billed entry, until unbilled (409 ENTRY_BILLED)', () => {
      entries.given([logged(), billedBy()]).when(edit({ description: 'x' })).thenThrows(ConflictError, (error) => error.code === 'ENTRY_BILLED');
    });

    it('when the new end is before the start (400)', () => {
      entries
        .given([logged()])
        .when(edit({ endedAt: instant('2026-03-10T08:00:00Z') }))
        .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'changes.endedAt');
    });

    it('when a new start makes the entry longer than 24 h (400)', () => {
      // 2026-03-10T11:00 - 2026-03-09T10:59:59 = 86,401 s
      entries
        .given([logged()])
        .when(edit({ startedAt: instant('2026-03-09T10:59:59Z') }))
        .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'changes.startedAt');
    });

    it('when setting the end of a running entry (400: stop it instead)', () => {
      entries.given([started()]).when(edit({ endedAt: instant('2026-03-10T10:00:00Z') })).thenThrows(ValidationError);
    });

    it('when a running entry would start in the future (400)', () => {
      entries.given([started()]).when(edit({ startedAt: instant('2026-03-12T08:00:01Z') })).thenThrows(ValidationError);
    });

    it('when moving to a project that is not active (422)', () => {
      entries
        .given([logged()])
        .when(edit({ projectId: OTHER_PROJECT, taskId: TASK_OF_OTHER_PROJECT }), context({ project: { ...otherProject, status: 'completed' } }))
        .thenThrows(RuleViolationError, (error) => error.code === 'PROJECT_NOT_ACTIVE');
    });

    it('when moving to another project but keeping a task of the old one (422 TASK_NOT_IN_PROJECT)', () => {
      entries
        .given([logged()])
        .when(edit({ projectId: OTHER_PROJECT }), context({ project: otherProject }))
        .thenThrows(RuleViolationError, (error) => error.code === 'TASK_NOT_IN_PROJECT');
    });

    it('when moving to a project the member is not assigned to (422)', () => {
      entries
        .given([logged()])
        .when(edit({ projectId: OTHER_PROJECT, taskId: TASK_OF_OTHER_PROJECT }), context({ project: { ...otherProject, memberIds: [BOB] } }))
        .thenThrows(RuleViolationError, (error) => error.code === 'MEMBER_NOT_ASSIGNED');
    });

    it('when removing a description the project requires (400)', () => {
      entries
        .given([logged()])
        .when(edit({ description: '' }), context({ project: { ...project, requiredFields: { task: false, description: true } } }))
        .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'description');
    });

    it('on an archived project, which is read-only (422)', () => {
      entries
        .given([logged()])
        .when(edit({ description: 'x' }), context({ project: { ...project, status: 'archived' } }))
        .thenThrows(RuleViolationError, (error) => error.code === 'PROJECT_NOT_ACTIVE');
    });

    it('when the project snapshot is missing (404)', () => {
      entries.given([logged()]).when(edit({ description: 'x' }), context({ project: undefined })).thenThrows(NotFoundError);
    });
  });

  describe('in closed periods', () => {
    const marchClosed = context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) });
    const aprilClosed = context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-04'] }) });

    it('refuses any edit of an entry in a closed period, even its description (409 PERIOD_CLOSED)', () => {
      entries
        .given([logged()])
        .when(edit({ description: 'x' }), marchClosed)
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED' && error.details['period'] === '2026-03');
    });

    it('refuses moving an entry OUT of a closed period', () => {
      entries
        .given([logged()])
        .when(edit({ startedAt: instant('2026-04-01T09:00:00Z'), endedAt: instant('2026-04-01T11:00:00Z') }), marchClosed)
        .thenThrows(ConflictError, (error) => error.details['period'] === '2026-03');
    });

    it('refuses moving an entry INTO a closed period', () => {
      entries
        .given([logged()])
        .when(edit({ startedAt: instant('2026-04-01T09:00:00Z'), endedAt: instant('2026-04-01T11:00:00Z') }), aprilClosed)
        .thenThrows(ConflictError, (error) => error.details['period'] === '2026-04' && error.details['date'] === '2026-04-01');
    });

    it('allows edits when neither the old nor the new day is closed', () => {
      const events = timeEntryDecider.decide(
        edit({ description: 'x' }),
        [logged()].reduce(timeEntryDecider.evolve, timeEntryDecider.initialState),
        aprilClosed,
      );
      expect(events).toHaveLength(1);
    });
  });
});
