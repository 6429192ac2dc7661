import { ConflictError, ForbiddenError, NotFoundError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import { ALICE, BOB, ENTRY, RESPONSIBLE, billedBy, context, deleted, instant, logged, started } from '../../testing/fixtures';
import { DeleteTimeEntry } from '../time-entry.commands';
import { timeEntryDecider } from '../time-entry.decider';

const remove = (actorId = ALICE, reason?: string): DeleteTimeEntry => ({
  type: 'delete-time-entry',
  actorId,
  at: instant('2026-03-12T08:00:00Z'),
  data: { entryId: ENTRY, ...(reason === undefined ? {} : { reason }) },
});

const entries = spec(timeEntryDecider, context());

describe('delete-time-entry', () => {
  it('deletes a finished entry; its history stays', () => {
    entries.given([logged()]).when(remove(ALICE, ' duplicate ')).then([{ type: 'time-entry-deleted', data: { entryId: ENTRY, reason: 'duplicate' } }]);
  });

  it("lets an admin delete a member's entry", () => {
    entries
      .given([logged()])
      .when(remove(RESPONSIBLE), context({ actorAuthority: 'admin' }))
      .then([{ type: 'time-entry-deleted', data: { entryId: ENTRY, reason: null } }]);
  });

  it('leaves the entry in the deleted state', () => {
    const state = [logged(), deleted].reduce(timeEntryDecider.evolve, timeEntryDecider.initialState);
    expect(state.status).toBe('deleted');
  });

  describe('is refused', () => {
    it('for an unknown entry (404)', () => {
      entries.given([]).when(remove()).thenThrows(NotFoundError);
    });

    it("for someone else's entry without authority (403)", () => {
      entries.given([logged()]).when(remove(BOB)).thenThrows(ForbiddenError);
    });

    it('twice (409 ENTRY_DELETED)', () => {
      entries.given([logged(), deleted]).when(remove()).thenThrows(ConflictError, (error) => error.code === 'ENTRY_DELETED');
    });

    it('while its timer runs (409 ENTRY_RUNNING)', () => {
      entries.given([started()]).when(remove()).thenThrows(ConflictError, (error) => error.code === 'ENTRY_RUNNING');
    });

    it('when billed (409 ENTRY_BILLED)', () => {
      entries.given([logged(), billedBy()]).when(remove()).thenThrows(ConflictError, (error) => error.code === 'ENTRY_BILLED');
    });

    it('in a closed period (409 PERIOD_CLOSED)', () => {
      entries
        .given([logged()])
        .when(remove(), context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) }))
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED' && error.details['period'] === '2026-03');
    });
  });
});
