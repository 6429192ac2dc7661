import { TimeRounding, toDecimalString } from '@billing/shared/kernel';
import { rateBookFrom } from '../rate-book/rate-book.state';
import { EntryToValue, valueEntry } from '../valuation/value-entry';
import { costRateSet, day, ids, rateSet } from '../testing/fixtures';

/**
 * Scenario: the same work billed to a JPY client (no minor digits) and to a KWD client (three: fils).
 * Rates are integers of the minor unit: 12,345 JPY/h and 45.678 KWD/h = 45678 fils/h.
 */
const none: TimeRounding = { mode: 'none' };

function entry(currency: 'JPY' | 'KWD', durationSeconds: number): EntryToValue {
  return {
    memberId: ids.alice,
    projectId: ids.project,
    taskId: null,
    clientId: ids.client,
    day: day('2026-03-10'),
    currency,
    durationSeconds,
    billable: true,
  };
}

describe('JPY, 0 minor digits', () => {
  const book = rateBookFrom([
    rateSet(
      { level: 'client', clientId: ids.client },
      '2026-01-01',
      12345,
      'JPY',
    ),
    costRateSet(ids.alice, '2026-01-01', 4999, 'JPY'),
  ]);

  it.each([
    [5400, 18518, '18518'], // 5400 x 12345 / 3600 = 18517.5 -> 18518 yen (half up)
    [5399, 18514, '18514'], // 5399 x 12345 / 3600 = 18514.07 -> 18514
    [1, 3, '3'], // 1 x 12345 / 3600 = 3.43 -> 3
    [7, 24, '24'], // 7 x 12345 / 3600 = 24.00 -> 24 (86415 / 3600 = 24.004)
  ])('%i s -> %i yen', (seconds, amount, text) => {
    const valuation = valueEntry(book, entry('JPY', seconds), none);
    expect(valuation.amount).toEqual({ amountMinor: amount, currency: 'JPY' });
    expect(toDecimalString(valuation.amount)).toBe(text);
  });

  it('cost and profit in yen: 5400 x 4999 / 3600 = 7498.5 -> 7499; 18518 - 7499 = 11019', () => {
    const valuation = valueEntry(book, entry('JPY', 5400), none);
    expect(valuation.cost).toEqual({ amountMinor: 7499, currency: 'JPY' });
    expect(valuation.profit).toEqual({ amountMinor: 11019, currency: 'JPY' });
  });
});

describe('KWD, 3 minor digits', () => {
  const book = rateBookFrom([
    rateSet(
      { level: 'client', clientId: ids.client },
      '2026-01-01',
      45678,
      'KWD',
    ),
  ]);

  it.each([
    [5400, 68517, '68.517'], // 5400 x 45678 / 3600 = 68517.0 -> 68.517 KWD
    [100, 1269, '1.269'], // 100 x 45678 / 3600 = 1268.83 -> 1269 fils
    [1, 13, '0.013'], // 1 x 45678 / 3600 = 12.688 -> 13 fils
    [2700, 34259, '34.259'], // 2700 x 45678 / 3600 = 34258.5 -> 34259 fils (half up)
  ])('%i s -> %i fils', (seconds, amount, text) => {
    const valuation = valueEntry(book, entry('KWD', seconds), none);
    expect(valuation.amount).toEqual({ amountMinor: amount, currency: 'KWD' });
    expect(toDecimalString(valuation.amount)).toBe(text);
  });

  it('a cost rate in the organisation currency (EUR) gives a cost but no profit for a KWD client', () => {
    const withCost = rateBookFrom([
      rateSet(
        { level: 'client', clientId: ids.client },
        '2026-01-01',
        45678,
        'KWD',
      ),
      costRateSet(ids.alice, '2026-01-01', 6000, 'EUR'),
    ]);
    const valuation = valueEntry(withCost, entry('KWD', 5400), none);
    expect(valuation.cost).toEqual({ amountMinor: 9000, currency: 'EUR' }); // 5400 x 6000 / 3600
    expect(valuation.profit).toBeNull(); // KWD - EUR is not computable without an exchange rate
  });
});
