import {
  ConflictError,
  InvoiceId,
  ValidationError,
  asId,
} from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { actorId, day, ids } from '../testing/fixtures';
import {
  InvoiceNumberingCommand,
  InvoiceNumberingContext,
  InvoiceNumberingEvent,
  assignedInvoiceNumber,
  invoiceNumberingDecider,
} from './invoice-numbering';

/** The handler passes the organisation's format; here INV-{YYYY}-{SEQ:4} written out for the test. */
const context: InvoiceNumberingContext = {
  formatNumber: ({ year, sequence }) =>
    `INV-${year}-${String(sequence).padStart(4, '0')}`,
};
const numbering = spec(invoiceNumberingDecider, context);

function invoiceId(n: number): InvoiceId {
  return asId<'Invoice'>(
    `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  ) as InvoiceId;
}

function assign(n: number, issuedOn = '2026-04-02'): InvoiceNumberingCommand {
  return {
    type: 'assign-invoice-number',
    actorId,
    data: {
      organisationId: ids.organisation,
      invoiceId: invoiceId(n),
      issuedOn: day(issuedOn),
    },
  };
}

function assigned(
  n: number,
  sequence: number,
  number: string,
  issuedOn = '2026-04-02',
): InvoiceNumberingEvent {
  return {
    type: 'invoice-number-assigned',
    data: {
      organisationId: ids.organisation,
      invoiceId: invoiceId(n),
      sequence,
      number,
      issuedOn: day(issuedOn),
    },
  };
}

describe('gapless invoice numbering', () => {
  it('starts at 1 and continues with the next sequence', () => {
    numbering
      .given([])
      .when(assign(1))
      .then([assigned(1, 1, 'INV-2026-0001')]);
    numbering
      .given([assigned(1, 1, 'INV-2026-0001')])
      .when(assign(2))
      .then([assigned(2, 2, 'INV-2026-0002')]);
  });

  it('is idempotent per invoice: a retry after a crash reuses the number, leaving no gap', () => {
    const history = [
      assigned(1, 1, 'INV-2026-0001'),
      assigned(2, 2, 'INV-2026-0002'),
    ];
    numbering.given(history).when(assign(1)).thenNothingHappens();
    const state = history.reduce(
      invoiceNumberingDecider.evolve,
      invoiceNumberingDecider.initialState,
    );
    expect(assignedInvoiceNumber(state, invoiceId(1))).toEqual({
      sequence: 1,
      number: 'INV-2026-0001',
    });
  });

  it('keeps counting across years (one sequence per organisation), the year comes from the issue date', () => {
    numbering
      .given([assigned(1, 41, 'INV-2026-0041', '2026-12-31')])
      .when(assign(2, '2027-01-02'))
      .then([assigned(2, 42, 'INV-2027-0042', '2027-01-02')]);
  });

  it('refuses a format that would repeat a number in use', () => {
    numbering
      .given([assigned(1, 1, 'INV-0001')])
      .when(assign(2), { formatNumber: () => 'INV-0001' })
      .thenThrows(
        ConflictError,
        (error) => error.code === 'INVOICE_NUMBER_TAKEN',
      );
  });

  it('refuses a malformed command', () => {
    numbering
      .given([])
      .when({
        type: 'assign-invoice-number',
        actorId,
        data: {
          organisationId: ids.organisation,
          invoiceId: 'x' as InvoiceId,
          issuedOn: day('2026-13-01'),
        },
      })
      .thenThrows(ValidationError, (error) => error.fields.length === 2);
  });

  /**
   * Concurrency as the store sees it: both issues read the stream at revision 1 and decide sequence 2. Appending
   * with expected revision 1 lets the first through; the second is refused, reloads at revision 2, and gets 3.
   */
  it('two racing issues get consecutive numbers with no gap and no duplicate', () => {
    const stream: InvoiceNumberingEvent[] = [assigned(1, 1, 'INV-2026-0001')];
    const append = (
      expectedRevision: number,
      events: InvoiceNumberingEvent[],
    ): boolean => {
      if (stream.length !== expectedRevision) return false; // 409 wrong expected revision
      stream.push(...events);
      return true;
    };
    const decideAt = (
      n: number,
    ): { revision: number; events: InvoiceNumberingEvent[] } => {
      const state = stream.reduce(
        invoiceNumberingDecider.evolve,
        invoiceNumberingDecider.initialState,
      );
      return {
        revision: stream.length,
        events: invoiceNumberingDecider.decide(assign(n), state, context),
      };
    };
    const first = decideAt(2);
    const second = decideAt(3); // read before the first append
    expect(append(first.revision, first.events)).toBe(true);
    expect(append(second.revision, second.events)).toBe(false); // same sequence 2 would duplicate: refused
    const retry = decideAt(3);
    expect(append(retry.revision, retry.events)).toBe(true);
    expect(
      stream.map((event) => [event.data.sequence, event.data.number]),
    ).toEqual([
      [1, 'INV-2026-0001'],
      [2, 'INV-2026-0002'],
      [3, 'INV-2026-0003'],
    ]);
  });
});
