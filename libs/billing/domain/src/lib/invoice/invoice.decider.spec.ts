import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { DraftLine } from '../lines/invoice-line';
import { actorId, day, e, ids } from '../testing/fixtures';
import { InvoiceCommand } from './invoice.commands';
import { invoiceDecider } from './invoice.decide';
import { InvoiceEvent } from './invoice.events';

const invoices = spec(invoiceDecider, {});

const hourlyLine: DraftLine = {
  source: {
    kind: 'hourly-member',
    projectId: ids.project,
    memberId: ids.alice,
  },
  description: 'Website: Alice',
  quantity: { unit: 'seconds', value: 5400 },
  price: { kind: 'entries', amount: { amountMinor: 18518, currency: 'EUR' } },
  discount: null,
  notes: '',
  entryIds: [e(1), e(2)],
};

const create: InvoiceCommand = {
  type: 'create-invoice-draft',
  actorId,
  data: {
    invoiceId: ids.invoice,
    organisationId: ids.organisation,
    clientId: ids.client,
    currency: 'EUR',
    taxRateBasisPoints: 1900,
    period: { from: day('2026-03-01'), to: day('2026-03-31') },
    lines: [hourlyLine],
  },
};

const drafted: InvoiceEvent = {
  type: 'invoice-drafted',
  data: {
    ...create.data,
    lines: [{ lineId: 'L1', ...hourlyLine }],
    coveredEntryIds: [e(1), e(2)],
  } as never,
};

const issued: InvoiceEvent = {
  type: 'invoice-issued',
  data: {
    invoiceId: ids.invoice,
    organisationId: ids.organisation,
    number: 'INV-2026-0007',
    sequence: 7,
    issuedOn: day('2026-04-02'),
    totals: {
      subtotal: { amountMinor: 18518, currency: 'EUR' },
      tax: { amountMinor: 3518, currency: 'EUR' }, // 18518 x 1900 / 10000 = 3518.42 -> 3518
      total: { amountMinor: 22036, currency: 'EUR' }, // 18518 + 3518
    },
    coveredEntryIds: [e(1), e(2)],
  },
};

const issue: InvoiceCommand = {
  type: 'issue-invoice',
  actorId,
  data: {
    invoiceId: ids.invoice,
    issuedOn: day('2026-04-02'),
    number: 'INV-2026-0007',
    sequence: 7,
  },
};

describe('drafting', () => {
  it('creates a draft with line ids L1.. and the covered entries', () => {
    invoices.given([]).when(create).then([drafted]);
  });

  it('refuses a line in another currency (MIXED_CURRENCIES) and an entry on two lines', () => {
    invoices
      .given([])
      .when({
        ...create,
        data: { ...create.data, currency: 'USD' },
      } as InvoiceCommand)
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'MIXED_CURRENCIES',
      );
    invoices
      .given([])
      .when({
        ...create,
        data: {
          ...create.data,
          lines: [hourlyLine, { ...hourlyLine, entryIds: [e(2)] }],
        },
      } as InvoiceCommand)
      .thenThrows(ValidationError, (error) =>
        error.fields.some((field) => field.path === 'lines'),
      );
  });

  it('refuses entries billed elsewhere or on another draft (409)', () => {
    invoices
      .given([])
      .when(create, { unavailableEntryIds: [e(2)] })
      .thenThrows(
        ConflictError,
        (error) => error.code === 'ENTRIES_ALREADY_BILLED',
      );
  });

  it('refuses a price that does not fit the quantity unit', () => {
    invoices
      .given([])
      .when({
        ...create,
        data: {
          ...create.data,
          lines: [{ ...hourlyLine, quantity: { unit: 'units', value: 1 } }],
        },
      } as InvoiceCommand)
      .thenThrows(
        ValidationError,
        (error) => error.fields[0]?.path === 'lines[0].price.kind',
      );
  });

  it('a second create on the same stream is a conflict', () => {
    invoices
      .given([drafted])
      .when(create)
      .thenThrows(
        ConflictError,
        (error) => error.code === 'INVOICE_ALREADY_EXISTS',
      );
  });
});

describe('editing lines of a draft', () => {
  it('edits description and notes; the same values again change nothing', () => {
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L1',
          description: ' Design work ',
          notes: 'PO 4711',
        },
      })
      .then([
        {
          type: 'invoice-line-edited',
          data: {
            invoiceId: ids.invoice,
            lineId: 'L1',
            changes: { description: 'Design work', notes: 'PO 4711' },
          },
        },
      ]);
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L1',
          description: 'Website: Alice',
        },
      })
      .thenNothingHappens();
  });

  it('re-prices an hourly line by quantity x unit amount when both are given: 3600 s at 150.00/h', () => {
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L1',
          quantity: { unit: 'seconds', value: 3600 },
          unitAmount: { amountMinor: 15000, currency: 'EUR' },
        },
      })
      .then([
        {
          type: 'invoice-line-edited',
          data: {
            invoiceId: ids.invoice,
            lineId: 'L1',
            changes: {
              quantity: { unit: 'seconds', value: 3600 },
              price: {
                kind: 'per-hour',
                unitAmount: { amountMinor: 15000, currency: 'EUR' },
              },
            },
          },
        },
      ]);
  });

  it('a quantity alone on a line priced from its entries needs a unit amount', () => {
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L1',
          quantity: { unit: 'seconds', value: 3600 },
        },
      })
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'UNIT_AMOUNT_REQUIRED',
      );
  });

  it('adds a manual line as L2 and removes L1, releasing its entries', () => {
    invoices
      .given([drafted])
      .when({
        type: 'add-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          description: 'Travel',
          quantity: { unit: 'units', value: 2 },
          unitAmount: { amountMinor: 4500, currency: 'EUR' },
        },
      })
      .then([
        {
          type: 'invoice-line-added',
          data: {
            invoiceId: ids.invoice,
            line: {
              lineId: 'L2',
              source: { kind: 'manual' },
              description: 'Travel',
              quantity: { unit: 'units', value: 2 },
              price: {
                kind: 'per-unit',
                unitAmount: { amountMinor: 4500, currency: 'EUR' },
              },
              discount: null,
              notes: '',
              entryIds: [],
            },
          },
        },
      ]);
    invoices
      .given([drafted])
      .when({
        type: 'remove-invoice-line',
        actorId,
        data: { invoiceId: ids.invoice, lineId: 'L1' },
      })
      .then([
        {
          type: 'invoice-line-removed',
          data: {
            invoiceId: ids.invoice,
            lineId: 'L1',
            releasedEntryIds: [e(1), e(2)],
          },
        },
      ]);
  });

  it('never reuses a line id: after removing L1 and adding, the new line is L2', () => {
    const removed: InvoiceEvent = {
      type: 'invoice-line-removed',
      data: {
        invoiceId: ids.invoice,
        lineId: 'L1',
        releasedEntryIds: [e(1), e(2)],
      },
    };
    const events = invoiceDecider.decide(
      {
        type: 'add-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          description: 'X',
          quantity: { unit: 'units', value: 1 },
          unitAmount: { amountMinor: 1, currency: 'EUR' },
        },
      },
      [drafted, removed].reduce(
        invoiceDecider.evolve,
        invoiceDecider.initialState,
      ),
      {},
    );
    expect(
      events[0]?.type === 'invoice-line-added' && events[0].data.line.lineId,
    ).toBe('L2');
  });

  it('answers 404 for an unknown line or invoice', () => {
    invoices
      .given([drafted])
      .when({
        type: 'remove-invoice-line',
        actorId,
        data: { invoiceId: ids.invoice, lineId: 'L9' },
      })
      .thenThrows(NotFoundError);
    invoices.given([]).when(issue).thenThrows(NotFoundError);
  });
});

describe('issuing', () => {
  it('issues with the assigned number and the totals: subtotal 18518, tax 3518, total 22036', () => {
    invoices.given([drafted]).when(issue).then([issued]);
  });

  it('a retry with the same number does nothing; another number is refused', () => {
    invoices.given([drafted, issued]).when(issue).thenNothingHappens();
    invoices
      .given([drafted, issued])
      .when({
        ...issue,
        data: { ...issue.data, number: 'INV-2026-0008', sequence: 8 },
      } as InvoiceCommand)
      .thenThrows(ConflictError, (error) => error.code === 'INVOICE_ISSUED');
  });

  it('refuses an empty invoice and entries billed in the meantime', () => {
    const emptyDraft: InvoiceEvent = {
      type: 'invoice-drafted',
      data: {
        ...(drafted.data as object),
        lines: [],
        coveredEntryIds: [],
      } as never,
    };
    invoices
      .given([emptyDraft])
      .when(issue)
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'INVOICE_HAS_NO_LINES',
      );
    invoices
      .given([drafted])
      .when(issue, { unavailableEntryIds: [e(1)] })
      .thenThrows(
        ConflictError,
        (error) => error.code === 'ENTRIES_ALREADY_BILLED',
      );
  });

  it('an issued invoice is immutable: edits, added and removed lines are refused (409)', () => {
    const edits: InvoiceCommand[] = [
      {
        type: 'edit-invoice-line',
        actorId,
        data: { invoiceId: ids.invoice, lineId: 'L1', notes: 'late' },
      },
      {
        type: 'remove-invoice-line',
        actorId,
        data: { invoiceId: ids.invoice, lineId: 'L1' },
      },
      {
        type: 'add-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          description: 'X',
          quantity: { unit: 'units', value: 1 },
          unitAmount: { amountMinor: 1, currency: 'EUR' },
        },
      },
      {
        type: 'discard-invoice-draft',
        actorId,
        data: { invoiceId: ids.invoice },
      },
    ];
    for (const command of edits) {
      invoices
        .given([drafted, issued])
        .when(command)
        .thenThrows(ConflictError, (error) => error.code === 'INVOICE_ISSUED');
    }
  });
});

describe('voiding and discarding', () => {
  const voidCommand: InvoiceCommand = {
    type: 'void-invoice',
    actorId,
    data: { invoiceId: ids.invoice, reason: 'wrong client' },
  };
  const voided: InvoiceEvent = {
    type: 'invoice-voided',
    data: {
      invoiceId: ids.invoice,
      number: 'INV-2026-0007',
      reason: 'wrong client',
      releasedEntryIds: [e(1), e(2)],
    },
  };

  it('voids an issued invoice: it keeps its number and releases the entries', () => {
    invoices.given([drafted, issued]).when(voidCommand).then([voided]);
  });

  it('voiding twice does nothing; a voided invoice cannot be edited or issued again', () => {
    invoices
      .given([drafted, issued, voided])
      .when(voidCommand)
      .thenNothingHappens();
    invoices
      .given([drafted, issued, voided])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: { invoiceId: ids.invoice, lineId: 'L1', notes: 'x' },
      })
      .thenThrows(ConflictError, (error) => error.code === 'INVOICE_VOIDED');
    invoices
      .given([drafted, issued, voided])
      .when({
        ...issue,
        data: { ...issue.data, number: 'INV-2026-0009', sequence: 9 },
      } as InvoiceCommand)
      .thenThrows(ConflictError, (error) => error.code === 'INVOICE_VOIDED');
  });

  it('refuses to void a draft (discard it instead) and requires a reason', () => {
    invoices
      .given([drafted])
      .when(voidCommand)
      .thenThrows(
        ConflictError,
        (error) => error.code === 'INVOICE_NOT_ISSUED',
      );
    invoices
      .given([drafted, issued])
      .when({
        type: 'void-invoice',
        actorId,
        data: { invoiceId: ids.invoice, reason: '  ' },
      })
      .thenThrows(
        ValidationError,
        (error) => error.fields[0]?.path === 'reason',
      );
  });

  it('discards a draft, releasing its entries; it cannot be issued afterwards', () => {
    const discarded: InvoiceEvent = {
      type: 'invoice-draft-discarded',
      data: {
        invoiceId: ids.invoice,
        reason: null,
        releasedEntryIds: [e(1), e(2)],
      },
    };
    invoices
      .given([drafted])
      .when({
        type: 'discard-invoice-draft',
        actorId,
        data: { invoiceId: ids.invoice },
      })
      .then([discarded]);
    invoices
      .given([drafted, discarded])
      .when(issue)
      .thenThrows(ConflictError, (error) => error.code === 'INVOICE_DISCARDED');
  });
});
