import { ConflictError, NotFoundError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import { ALICE, ENTRY, INVOICE, OTHER_INVOICE, RESPONSIBLE, billedBy, context, instant, logged } from '../../testing/fixtures';
import { EditTimeEntry, UnmarkTimeEntryBilled } from '../time-entry.commands';
import { BillingMark } from '../time-entry.events';
import { timeEntryDecider } from '../time-entry.decider';

const unmark = (billing: BillingMark, reason?: string): UnmarkTimeEntryBilled => ({
  type: 'unmark-time-entry-billed',
  actorId: RESPONSIBLE,
  at: instant('2026-04-20T10:00:00Z'),
  data: { entryId: ENTRY, billing, ...(reason === undefined ? {} : { reason }) },
});

const entries = spec(timeEntryDecider, context());
const byInvoice: BillingMark = { kind: 'invoice', invoiceId: INVOICE };
const unbilled = { type: 'time-entry-unbilled' as const, data: { entryId: ENTRY, billing: byInvoice, reason: 'invoice voided' } };

describe('unmark-time-entry-billed', () => {
  it('unbills an entry when its invoice is voided', () => {
    entries.given([logged(), billedBy(INVOICE)]).when(unmark(byInvoice, 'invoice voided')).then([unbilled]);
  });

  it('also in a closed period', () => {
    entries
      .given([logged(), billedBy(INVOICE)])
      .when(unmark(byInvoice, 'invoice voided'), context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) }))
      .then([unbilled]);
  });

  it('unlocks the entry: it can be edited again', () => {
    const edit: EditTimeEntry = { type: 'edit-time-entry', actorId: ALICE, at: instant('2026-04-20T11:00:00Z'), data: { entryId: ENTRY, changes: { description: 'Fixed' } } };
    entries
      .given([logged(), billedBy(INVOICE), unbilled])
      .when(edit)
      .then([{ type: 'time-entry-edited', data: { entryId: ENTRY, changes: { description: { before: 'Wireframes', after: 'Fixed' } }, reason: null } }]);
  });

  describe('is refused', () => {
    it('for an unknown entry (404)', () => {
      entries.given([]).when(unmark(byInvoice)).thenThrows(NotFoundError);
    });

    it('when not billed (409 ENTRY_NOT_BILLED)', () => {
      entries.given([logged()]).when(unmark(byInvoice)).thenThrows(ConflictError, (error) => error.code === 'ENTRY_NOT_BILLED');
    });

    it('when billed by another invoice (409 BILLED_BY_SOMETHING_ELSE)', () => {
      entries
        .given([logged(), billedBy(OTHER_INVOICE)])
        .when(unmark(byInvoice))
        .thenThrows(ConflictError, (error) => error.code === 'BILLED_BY_SOMETHING_ELSE');
    });

    it('when billed by a reference and an invoice is named (409)', () => {
      entries
        .given([logged(), { type: 'time-entry-billed', data: { entryId: ENTRY, billing: { kind: 'reference', reference: 'SAP 4711' } } }])
        .when(unmark(byInvoice))
        .thenThrows(ConflictError, (error) => error.code === 'BILLED_BY_SOMETHING_ELSE');
    });
  });
});
