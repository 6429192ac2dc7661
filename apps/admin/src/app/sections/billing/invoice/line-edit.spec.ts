import { InvoiceLineView } from '@billing/billing/contracts';
import { lineEditRequest, lineFormValue } from './line-edit';

const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function hourLine(overrides: Partial<InvoiceLineView> = {}): InvoiceLineView {
  return {
    lineId: 'line-1',
    source: { kind: 'hourly-member', projectId: 'p', memberId: 'm' },
    description: 'Max Member · Support',
    quantity: { unit: 'seconds', value: 1000 },
    unitAmount: money(12000),
    discount: null,
    gross: money(3333),
    discountAmount: money(0),
    net: money(3333),
    notes: '',
    entryIds: ['e1'],
    ...overrides,
  };
}

describe('line edit requests', () => {
  it('starts from the line: hours with two decimals, discount as text', () => {
    expect(lineFormValue(hourLine({ discount: { kind: 'percent', basisPoints: 1250 } }), 'EUR')).toEqual({
      description: 'Max Member · Support',
      quantity: '0.28',
      unitPrice: '120.00',
      discountKind: 'percent',
      discount: '12.5',
      notes: '',
    });
  });

  it('sends nothing for an untouched form, so 1000 s do not become 0.28 h', () => {
    const line = hourLine();
    expect(lineEditRequest(line, lineFormValue(line, 'EUR'), 'EUR')).toEqual({ ok: true, request: {} });
  });

  it('sends only the changed fields, in seconds and minor units', () => {
    const line = hourLine();
    const value = { ...lineFormValue(line, 'EUR'), description: ' Support, October ', quantity: '1.5', discountKind: 'amount' as const, discount: '20' };
    expect(lineEditRequest(line, value, 'EUR')).toEqual({
      ok: true,
      request: { description: 'Support, October', quantity: 5400, discount: { kind: 'amount', amountMinor: 2000 } },
    });
  });

  it('removes a discount with null and keeps notes trimmed', () => {
    const line = hourLine({ discount: { kind: 'percent', basisPoints: 1000 } });
    const value = { ...lineFormValue(line, 'EUR'), discountKind: 'none' as const, notes: ' Thanks! ' };
    expect(lineEditRequest(line, value, 'EUR')).toEqual({ ok: true, request: { discount: null, notes: 'Thanks!' } });
  });

  it('names the field it cannot read', () => {
    const line = hourLine();
    const base = lineFormValue(line, 'EUR');
    expect(lineEditRequest(line, { ...base, description: '  ' }, 'EUR')).toEqual({ ok: false, field: 'description', reason: 'Required' });
    expect(lineEditRequest(line, { ...base, quantity: '1.234' }, 'EUR')).toEqual({ ok: false, field: 'quantity', reason: 'Use at most 2 decimal places' });
    expect(lineEditRequest(line, { ...lineFormValue(line, 'JPY'), discountKind: 'amount', discount: '5' }, 'JPY')).toEqual({ ok: true, request: { discount: { kind: 'amount', amountMinor: 5 } } });
    expect(lineEditRequest(line, { ...lineFormValue(line, 'JPY'), discountKind: 'amount', discount: '5.5' }, 'JPY')).toEqual({ ok: false, field: 'discount', reason: 'Enter a whole number' });
  });

  it('sends a changed unit price as integer minor units, by the currency digits', () => {
    const line = hourLine();
    expect(lineEditRequest(line, { ...lineFormValue(line, 'EUR'), unitPrice: '95.5' }, 'EUR')).toEqual({ ok: true, request: { unitAmountMinor: 9550 } });
    const yen = hourLine({ unitAmount: { amountMinor: 12000, currency: 'JPY' } });
    expect(lineEditRequest(yen, { ...lineFormValue(yen, 'JPY'), unitPrice: '15000' }, 'JPY')).toEqual({ ok: true, request: { unitAmountMinor: 15000 } });
    expect(lineEditRequest(yen, { ...lineFormValue(yen, 'JPY'), unitPrice: '150.5' }, 'JPY')).toEqual({ ok: false, field: 'unitPrice', reason: 'Enter a whole number' });
  });

  it('leaves a line priced from its entries alone until a price is typed', () => {
    const line = hourLine({ unitAmount: null });
    expect(lineFormValue(line, 'KWD').unitPrice).toBe('');
    expect(lineEditRequest(line, lineFormValue(line, 'KWD'), 'KWD')).toEqual({ ok: true, request: {} });
    expect(lineEditRequest(line, { ...lineFormValue(line, 'KWD'), unitPrice: '12.345' }, 'KWD')).toEqual({ ok: true, request: { unitAmountMinor: 12345 } });
  });

  it('takes whole units on unit lines', () => {
    const line = hourLine({ quantity: { unit: 'units', value: 1 } });
    expect(lineEditRequest(line, { ...lineFormValue(line, 'EUR'), quantity: '3' }, 'EUR')).toEqual({ ok: true, request: { quantity: 3 } });
    expect(lineEditRequest(line, { ...lineFormValue(line, 'EUR'), quantity: '1.5' }, 'EUR')).toEqual({ ok: false, field: 'quantity', reason: 'Enter a whole number of units' });
  });
});
