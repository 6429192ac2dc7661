import { TimeRounding } from '@billing/shared/kernel';
import { rateBookFrom } from '../rate-book/rate-book.state';
import { EntryToValue, valueEntry } from '../valuation/value-entry';
import { day, ids, rateSet } from '../testing/fixtures';

/**
 * Scenario: the project rate rises from 100.00 to 120.00 EUR/h on Monday 2026-03-16.
 * Alice logs 2 h 30 min on every day from the 13th to the 17th. Each entry is priced at the rate valid on its
 * own day; the change does not reach back.
 */
const book = rateBookFrom([
  rateSet({ level: 'project', projectId: ids.project }, '2026-01-01', 10000),
  rateSet({ level: 'project', projectId: ids.project }, '2026-03-16', 12000),
]);
const none: TimeRounding = { mode: 'none' };

function entryOn(date: string): EntryToValue {
  return {
    memberId: ids.alice,
    projectId: ids.project,
    taskId: null,
    clientId: ids.client,
    day: day(date),
    currency: 'EUR',
    durationSeconds: 9000, // 2 h 30 min
    billable: true,
  };
}

describe('a rate change in the middle of a month', () => {
  it.each([
    ['2026-03-13', 10000, 25000], // 9000 x 10000 / 3600 = 25000.00 -> 250.00 EUR
    ['2026-03-15', 10000, 25000], // Sunday, last day of the old rate
    ['2026-03-16', 12000, 30000], // 9000 x 12000 / 3600 = 30000 -> 300.00 EUR
    ['2026-03-17', 12000, 30000],
  ])('%s is priced at %i/h: %i', (date, rate, amount) => {
    const valuation = valueEntry(book, entryOn(date), none);
    expect(valuation.rate).toMatchObject({
      status: 'found',
      ratePerHour: { amountMinor: rate },
    });
    expect(valuation.amount).toEqual({ amountMinor: amount, currency: 'EUR' });
  });

  it('the month adds up per entry: 2 x 250.00 + 2 x 300.00 = 1100.00', () => {
    const total = ['2026-03-13', '2026-03-15', '2026-03-16', '2026-03-17']
      .map((date) => valueEntry(book, entryOn(date), none).amount.amountMinor)
      .reduce((sum, amount) => sum + amount, 0);
    expect(total).toBe(110000); // 25000 + 25000 + 30000 + 30000
  });

  it('a rate dated later in the month does not change earlier days', () => {
    const later = rateBookFrom([
      rateSet(
        { level: 'project', projectId: ids.project },
        '2026-01-01',
        10000,
      ),
      rateSet(
        { level: 'project', projectId: ids.project },
        '2026-03-16',
        12000,
      ),
      rateSet(
        { level: 'project', projectId: ids.project },
        '2026-03-31',
        20000,
      ),
    ]);
    expect(
      valueEntry(later, entryOn('2026-03-13'), none).amount.amountMinor,
    ).toBe(25000); // still 100.00/h
    expect(
      valueEntry(later, entryOn('2026-03-30'), none).amount.amountMinor,
    ).toBe(30000); // still 120.00/h
    expect(
      valueEntry(later, entryOn('2026-03-31'), none).amount.amountMinor,
    ).toBe(50000); // 9000 x 20000 / 3600
  });
});
