import { ALICE, ENTRY, OTHER_PROJECT, PROJECT, TASK_DESIGN, instant, logged, started } from '../testing/fixtures';
import { evolveTimeEntry, initialTimeEntryState } from './time-entry.state';
import { TimeEntryEvent } from './time-entry.events';

const fold = (events: TimeEntryEvent[]) => events.reduce(evolveTimeEntry, initialTimeEntryState);

describe('time entry state', () => {
  it('a logged entry is stopped, unbilled, without the stored duration', () => {
    expect(fold([logged()])).toEqual({
      status: 'stopped',
      entryId: ENTRY,
      memberId: ALICE,
      projectId: PROJECT,
      taskId: TASK_DESIGN,
      description: 'Wireframes',
      tags: ['ux'],
      billable: true,
      source: 'manual',
      externalId: null,
      startedAt: '2026-03-10T09:00:00Z',
      endedAt: '2026-03-10T11:00:00Z',
      recordedAt: '2026-03-10T17:00:00Z',
      billing: null,
    });
  });

  it('a started entry runs without an end', () => {
    expect(fold([started()])).toMatchObject({ status: 'running', endedAt: null, source: 'timer', externalId: null });
  });

  it('an edit applies only the listed changes', () => {
    const state = fold([
      logged(),
      {
        type: 'time-entry-edited',
        data: {
          entryId: ENTRY,
          changes: { projectId: { before: PROJECT, after: OTHER_PROJECT }, taskId: { before: TASK_DESIGN, after: null } },
          reason: null,
        },
      },
    ]);
    expect(state).toMatchObject({ projectId: OTHER_PROJECT, taskId: null, description: 'Wireframes', endedAt: instant('2026-03-10T11:00:00Z') });
  });

  it('ignores events for an entry that does not exist', () => {
    expect(fold([{ type: 'time-entry-deleted', data: { entryId: ENTRY, reason: null } }])).toEqual({ status: 'none' });
  });
});
