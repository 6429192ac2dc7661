import { ConflictError, TimeEntryId } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { ENTRY, RESPONSIBLE, context, instant, logged } from '../../testing/fixtures';
import { EntryEdits } from '../time-entry.commands';
import { LiveAdjustment } from '../time-entry.context';
import { timeEntryDecider } from '../time-entry.decider';

const FIRST = '00000000-0000-4000-8000-00000000ad01' as TimeEntryId;
const SECOND = '00000000-0000-4000-8000-00000000ad02' as TimeEntryId;

/** March 10 reopened after its close: Alice's 7,200 s entry there was corrected by -1,800 s and +600 s in April. */
const adjustments: LiveAdjustment[] = [
  { entryId: FIRST, durationSeconds: -1_800 },
  { entryId: SECOND, durationSeconds: 600 },
];
const reopened = spec(timeEntryDecider, context({ actorAuthority: 'admin', liveAdjustments: adjustments }));

const at = instant('2026-05-04T09:00:00Z');
const edit = (changes: EntryEdits) => ({ type: 'edit-time-entry' as const, actorId: RESPONSIBLE, at, data: { entryId: ENTRY, changes } });
const remove = { type: 'delete-time-entry' as const, actorId: RESPONSIBLE, at, data: { entryId: ENTRY } };

const namingBoth = (error: ConflictError) =>
  error.code === 'ENTRY_HAS_ADJUSTMENTS' &&
  JSON.stringify(error.details['adjustmentIds']) === JSON.stringify([FIRST, SECOND]) &&
  error.details['adjustmentSeconds'] === -1_200 && // -1,800 + 600
  error.message.includes('delete its adjustments first');

describe('an entry with live adjustments, its month reopened', () => {
  it('keeps its end: 409 ENTRY_HAS_ADJUSTMENTS naming the adjustments', () => {
    reopened.given([logged()]).when(edit({ endedAt: instant('2026-03-10T10:00:00Z') })).thenThrows(ConflictError, namingBoth);
  });

  it('keeps its start, even when the duration would stay the same (409 ENTRY_HAS_ADJUSTMENTS)', () => {
    reopened
      .given([logged()])
      .when(edit({ startedAt: instant('2026-03-10T10:00:00Z'), endedAt: instant('2026-03-10T12:00:00Z') }))
      .thenThrows(ConflictError, namingBoth);
  });

  it('is not deleted (409 ENTRY_HAS_ADJUSTMENTS naming the adjustments)', () => {
    reopened.given([logged()]).when(remove).thenThrows(ConflictError, namingBoth);
  });

  it('still has its description, tags and billable flag edited', () => {
    reopened
      .given([logged()])
      .when(edit({ description: 'Workshop', tags: ['onsite'], billable: false }))
      .then([
        {
          type: 'time-entry-edited',
          data: {
            entryId: ENTRY,
            changes: {
              description: { before: 'Wireframes', after: 'Workshop' },
              tags: { before: ['ux'], after: ['onsite'] },
              billable: { before: true, after: false },
            },
            reason: null,
          },
        },
      ]);
  });

  it('takes an edit that repeats its times: nothing changes, nothing is refused', () => {
    reopened.given([logged()]).when(edit({ startedAt: instant('2026-03-10T09:00:00Z'), endedAt: instant('2026-03-10T11:00:00Z') })).then([]);
  });

  it('is an ordinary entry again once its adjustments are deleted: its times change and it is deleted', () => {
    const withoutAdjustments = context({ actorAuthority: 'admin', liveAdjustments: [] });
    reopened
      .given([logged()])
      .when(edit({ endedAt: instant('2026-03-10T10:00:00Z') }), withoutAdjustments)
      .then([
        {
          type: 'time-entry-edited',
          data: { entryId: ENTRY, changes: { endedAt: { before: instant('2026-03-10T11:00:00Z'), after: instant('2026-03-10T10:00:00Z') } }, reason: null },
        },
      ]);
    reopened.given([logged()]).when(remove, withoutAdjustments).then([{ type: 'time-entry-deleted', data: { entryId: ENTRY, reason: null } }]);
  });
});
