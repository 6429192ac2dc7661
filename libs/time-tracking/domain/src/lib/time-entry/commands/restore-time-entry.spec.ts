import { ConflictError, ForbiddenError, NotFoundError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import { ALICE, BOB, ENTRY, context, deleted, instant, logged } from '../../testing/fixtures';
import { RestoreTimeEntry } from '../time-entry.commands';
import { timeEntryDecider } from '../time-entry.decider';

const restore = (actorId = ALICE): RestoreTimeEntry => ({
  type: 'restore-time-entry',
  actorId,
  at: instant('2026-03-12T08:00:00Z'),
  data: { entryId: ENTRY, reason: 'deleted by mistake' },
});

const entries = spec(timeEntryDecider, context());

describe('restore-time-entry', () => {
  it('brings a deleted entry back', () => {
    entries
      .given([logged(), deleted])
      .when(restore())
      .then([{ type: 'time-entry-restored', data: { entryId: ENTRY, reason: 'deleted by mistake' } }]);
  });

  it('makes it a finished entry again', () => {
    const state = [logged(), deleted, { type: 'time-entry-restored' as const, data: { entryId: ENTRY, reason: null } }].reduce(
      timeEntryDecider.evolve,
      timeEntryDecider.initialState,
    );
    expect(state.status).toBe('stopped');
  });

  describe('is refused', () => {
    it('for an unknown entry (404)', () => {
      entries.given([]).when(restore()).thenThrows(NotFoundError);
    });

    it('for an entry that is not deleted (409 ENTRY_NOT_DELETED)', () => {
      entries.given([logged()]).when(restore()).thenThrows(ConflictError, (error) => error.code === 'ENTRY_NOT_DELETED');
    });

    it("for someone else's entry without authority (403)", () => {
      entries.given([logged(), deleted]).when(restore(BOB)).thenThrows(ForbiddenError);
    });

    it('when its period was closed after the deletion (409 PERIOD_CLOSED)', () => {
      entries
        .given([logged(), deleted])
        .when(restore(), context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) }))
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED');
    });
  });
});
