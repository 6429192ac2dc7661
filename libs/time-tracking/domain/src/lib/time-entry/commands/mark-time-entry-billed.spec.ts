import { ConflictError, NotFoundError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import { ENTRY, INVOICE, OTHER_INVOICE, RESPONSIBLE, billedBy, context, deleted, instant, logged, started } from '../../testing/fixtures';
import { MarkTimeEntryBilled } from '../time-entry.commands';
import { BillingMark } from '../time-entry.events';
import { timeEntryDecider } from '../time-entry.decider';

const mark = (billing: BillingMark): MarkTimeEntryBilled => ({
  type: 'mark-time-entry-billed',
  actorId: RESPONSIBLE,
  at: instant('2026-04-05T10:00:00Z'),
  data: { entryId: ENTRY, billing },
});

const entries = spec(timeEntryDecider, context());

describe('mark-time-entry-billed', () => {
  it('marks an entry billed by an invoice', () => {
    entries.given([logged()]).when(mark({ kind: 'invoice', invoiceId: INVOICE })).then([billedBy(INVOICE)]);
  });

  it('marks an entry billed with a reference text from another system', () => {
    entries
      .given([logged()])
      .when(mark({ kind: 'reference', reference: '  SAP 4711 ' }))
      .then([{ type: 'time-entry-billed', data: { entryId: ENTRY, billing: { kind: 'reference', reference: 'SAP 4711' } } }]);
  });

  it('works in a closed period: invoices are issued after the close', () => {
    entries
      .given([logged()])
      .when(mark({ kind: 'invoice', invoiceId: INVOICE }), context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) }))
      .then([billedBy(INVOICE)]);
  });

  it('changes nothing when the same invoice marks it again (a retried issue)', () => {
    entries.given([logged(), billedBy(INVOICE)]).when(mark({ kind: 'invoice', invoiceId: INVOICE })).thenNothingHappens();
  });

  describe('is refused', () => {
    it('for an unknown entry (404)', () => {
      entries.given([]).when(mark({ kind: 'invoice', invoiceId: INVOICE })).thenThrows(NotFoundError);
    });

    it('when billed by another invoice (409 ENTRY_ALREADY_BILLED)', () => {
      entries
        .given([logged(), billedBy(INVOICE)])
        .when(mark({ kind: 'invoice', invoiceId: OTHER_INVOICE }))
        .thenThrows(ConflictError, (error) => error.code === 'ENTRY_ALREADY_BILLED');
    });

    it('for a running entry (409 ENTRY_RUNNING)', () => {
      entries.given([started()]).when(mark({ kind: 'invoice', invoiceId: INVOICE })).thenThrows(ConflictError, (error) => error.code === 'ENTRY_RUNNING');
    });

    it('for a deleted entry (409 ENTRY_DELETED)', () => {
      entries.given([logged(), deleted]).when(mark({ kind: 'invoice', invoiceId: INVOICE })).thenThrows(ConflictError, (error) => error.code === 'ENTRY_DELETED');
    });

    it.each([
      ['an empty reference', { kind: 'reference', reference: '  ' }, 'billing.reference'],
      ['a malformed invoice id', { kind: 'invoice', invoiceId: 'INV-1' }, 'billing.invoiceId'],
      ['an unknown kind', { kind: 'cash' }, 'billing'],
    ])('with %s (400)', (_case, billing, path) => {
      entries
        .given([logged()])
        .when(mark(billing as BillingMark))
        .thenThrows(ValidationError, (error) => error.fields[0]?.path === path);
    });
  });
});
