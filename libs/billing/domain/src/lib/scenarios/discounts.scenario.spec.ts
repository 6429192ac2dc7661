import { RuleViolationError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { invoiceDecider } from '../invoice/invoice.decide';
import { InvoiceEvent } from '../invoice/invoice.events';
import {
  evolveInvoice,
  initialInvoiceState,
  ExistingInvoice,
} from '../invoice/invoice.state';
import { invoiceTotals } from '../lines/invoice-totals';
import { lineDiscountAmount, lineNetAmount } from '../lines/invoice-line';
import { actorId, e, ids } from '../testing/fixtures';

/**
 * Scenario: a draft with an hourly line (6 h 36 min, entries worth 79,175 = 791.75 EUR) and a 1,000.00 EUR fee
 * line; tax 19 %. Finance gives 12.5 % off the hourly line and 150.00 off the fee.
 *   hourly: 79175 x 1250 / 10000 = 9896.875 -> 9897 off; net 79175 - 9897 = 69278
 *   fee:    100000 - 15000 = 85000
 *   subtotal 69278 + 85000 = 154278; tax 154278 x 1900 / 10000 = 29312.82 -> 29313; total 183591
 */
const drafted: InvoiceEvent = {
  type: 'invoice-drafted',
  data: {
    invoiceId: ids.invoice,
    organisationId: ids.organisation,
    clientId: ids.client,
    currency: 'EUR',
    taxRateBasisPoints: 1900,
    period: null,
    lines: [
      {
        lineId: 'L1',
        source: {
          kind: 'hourly-member',
          projectId: ids.project,
          memberId: ids.alice,
        },
        description: 'Website: Alice',
        quantity: { unit: 'seconds', value: 23760 },
        price: {
          kind: 'entries',
          amount: { amountMinor: 79175, currency: 'EUR' },
        },
        discount: null,
        notes: '',
        entryIds: [e(1), e(2)],
      },
      {
        lineId: 'L2',
        source: { kind: 'manual' },
        description: 'Set-up fee',
        quantity: { unit: 'units', value: 1 },
        price: {
          kind: 'per-unit',
          unitAmount: { amountMinor: 100000, currency: 'EUR' },
        },
        discount: null,
        notes: '',
        entryIds: [],
      },
    ],
    coveredEntryIds: [e(1), e(2)],
  },
};
const invoices = spec(invoiceDecider, {});

function stateAfter(events: InvoiceEvent[]): ExistingInvoice {
  return events.reduce(evolveInvoice, initialInvoiceState) as ExistingInvoice;
}

describe('discounts', () => {
  const percent: InvoiceEvent = {
    type: 'invoice-line-edited',
    data: {
      invoiceId: ids.invoice,
      lineId: 'L1',
      changes: { discount: { kind: 'percent', basisPoints: 1250 } },
    },
  };
  const amount: InvoiceEvent = {
    type: 'invoice-line-edited',
    data: {
      invoiceId: ids.invoice,
      lineId: 'L2',
      changes: {
        discount: {
          kind: 'amount',
          amount: { amountMinor: 15000, currency: 'EUR' },
        },
      },
    },
  };

  it('records a percentage discount in basis points and an amount discount', () => {
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L1',
          discount: { kind: 'percent', basisPoints: 1250 },
        },
      })
      .then([percent]);
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L2',
          discount: {
            kind: 'amount',
            amount: { amountMinor: 15000, currency: 'EUR' },
          },
        },
      })
      .then([amount]);
  });

  it('computes line amounts and totals from the discounted, rounded lines', () => {
    const invoice = stateAfter([drafted, percent, amount]);
    const [hourly, fee] = invoice.lines;
    expect(hourly && lineDiscountAmount(hourly).amountMinor).toBe(9897); // 79175 x 1250 / 10000 = 9896.875 -> 9897
    expect(hourly && lineNetAmount(hourly).amountMinor).toBe(69278); // 79175 - 9897
    expect(fee && lineNetAmount(fee).amountMinor).toBe(85000); // 100000 - 15000
    expect(invoiceTotals(invoice.lines, 1900, 'EUR')).toEqual({
      subtotal: { amountMinor: 154278, currency: 'EUR' }, // 69278 + 85000
      tax: { amountMinor: 29313, currency: 'EUR' }, // 154278 x 1900 / 10000 = 29312.82 -> 29313
      total: { amountMinor: 183591, currency: 'EUR' }, // 154278 + 29313
    });
  });

  it('removes a discount with null, and 100 % takes a line to exactly zero', () => {
    invoices
      .given([drafted, percent])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: { invoiceId: ids.invoice, lineId: 'L1', discount: null },
      })
      .then([
        {
          type: 'invoice-line-edited',
          data: {
            invoiceId: ids.invoice,
            lineId: 'L1',
            changes: { discount: null },
          },
        },
      ]);
    const full = stateAfter([
      drafted,
      {
        type: 'invoice-line-edited',
        data: {
          invoiceId: ids.invoice,
          lineId: 'L1',
          changes: { discount: { kind: 'percent', basisPoints: 10000 } },
        },
      },
    ]);
    expect(full.lines[0] && lineNetAmount(full.lines[0]).amountMinor).toBe(0); // 79175 - 79175
  });

  it('refuses a discount above the line, above 100 %, fractional, or in another currency', () => {
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L2',
          discount: {
            kind: 'amount',
            amount: { amountMinor: 100001, currency: 'EUR' },
          },
        },
      })
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'DISCOUNT_EXCEEDS_LINE',
      );
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L1',
          discount: { kind: 'percent', basisPoints: 10001 },
        },
      })
      .thenThrows(
        ValidationError,
        (error) => error.fields[0]?.path === 'discount.basisPoints',
      );
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L1',
          discount: { kind: 'percent', basisPoints: 12.5 },
        },
      })
      .thenThrows(ValidationError);
    invoices
      .given([drafted])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L2',
          discount: {
            kind: 'amount',
            amount: { amountMinor: 100, currency: 'USD' },
          },
        },
      })
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'MIXED_CURRENCIES',
      );
  });

  it('refuses a quantity edit that would leave an amount discount above the line', () => {
    // fee line with 150.00 off, quantity set to 0 units: 0 x 100000 = 0 < 15000
    invoices
      .given([drafted, amount])
      .when({
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId: ids.invoice,
          lineId: 'L2',
          quantity: { unit: 'units', value: 0 },
        },
      })
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'DISCOUNT_EXCEEDS_LINE',
      );
  });
});
