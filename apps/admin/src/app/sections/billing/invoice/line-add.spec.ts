import { EMPTY_LINE, lineAddRequest } from './line-add';

describe('add line requests', () => {
  const line = { ...EMPTY_LINE, description: ' Workshop ', quantity: '2', unitPrice: '1,250.5' };

  it('sends the unit price as integer minor units by the currency digits', () => {
    expect(lineAddRequest(line, 'EUR')).toEqual({
      ok: true,
      request: { description: 'Workshop', quantity: { unit: 'units', value: 2 }, unitAmountMinor: 125050, discount: null, notes: '' },
    });
    expect(lineAddRequest({ ...line, unitPrice: '1250.505' }, 'KWD')).toMatchObject({ ok: true, request: { unitAmountMinor: 1250505 } });
    expect(lineAddRequest({ ...line, unitPrice: '1,250' }, 'JPY')).toMatchObject({ ok: true, request: { unitAmountMinor: 1250 } });
  });

  it('refuses more decimals than the currency has, naming the unit price', () => {
    expect(lineAddRequest(line, 'JPY')).toEqual({ ok: false, field: 'unitPrice', reason: 'Enter a whole number' });
    expect(lineAddRequest({ ...line, unitPrice: '0.001' }, 'EUR')).toEqual({ ok: false, field: 'unitPrice', reason: 'Use at most 2 decimal places' });
    expect(lineAddRequest({ ...line, unitPrice: '' }, 'EUR')).toMatchObject({ ok: false, field: 'unitPrice' });
  });

  it('sends hours as whole seconds, with a discount and notes', () => {
    const hours = { ...line, unit: 'seconds' as const, quantity: '1.5', discountKind: 'percent' as const, discount: '12.5', notes: ' on site ' };
    expect(lineAddRequest(hours, 'EUR')).toMatchObject({
      ok: true,
      request: { quantity: { unit: 'seconds', value: 5400 }, discount: { kind: 'percent', basisPoints: 1250 }, notes: 'on site' },
    });
    expect(lineAddRequest({ ...line, discountKind: 'amount', discount: '0.125' }, 'KWD')).toMatchObject({
      ok: true,
      request: { discount: { kind: 'amount', amountMinor: 125 } },
    });
  });

  it('names the field it cannot read', () => {
    expect(lineAddRequest({ ...line, description: ' ' }, 'EUR')).toEqual({ ok: false, field: 'description', reason: 'Required' });
    expect(lineAddRequest({ ...line, quantity: '1.5' }, 'EUR')).toEqual({ ok: false, field: 'quantity', reason: 'Enter a whole number of units' });
    expect(lineAddRequest({ ...line, unit: 'seconds', quantity: '1.234' }, 'EUR')).toEqual({ ok: false, field: 'quantity', reason: 'Use at most 2 decimal places' });
    expect(lineAddRequest({ ...line, discountKind: 'percent', discount: '101' }, 'EUR')).toEqual({ ok: false, field: 'discount', reason: 'At most 100 %' });
  });
});
