import { TimeRounding } from '@billing/shared/kernel';
import { rateBookFrom } from '../rate-book/rate-book.state';
import { EntryToValue, valueEntry } from '../valuation/value-entry';
import { costRateSet, day, ids, rateSet } from '../testing/fixtures';

/**
 * Scenario: one billable entry of 1 h 07 min 30 s (4050 s) at 150.00 EUR/h, cost 60.00 EUR/h, priced under each
 * project rounding rule. Billable seconds are rounded per entry; the amount is priced on them; the cost is always
 * priced on the tracked 4050 s: 4050 x 6000 / 3600 = 6750.
 */
const book = rateBookFrom([
  rateSet({ level: 'project', projectId: ids.project }, '2026-01-01', 15000),
  costRateSet(ids.alice, '2026-01-01', 6000),
]);

function entry(durationSeconds: number, billable = true): EntryToValue {
  return {
    memberId: ids.alice,
    projectId: ids.project,
    taskId: null,
    clientId: ids.client,
    day: day('2026-03-10'),
    currency: 'EUR',
    durationSeconds,
    billable,
  };
}

describe('rounding modes and increments at billing time', () => {
  it.each<[string, TimeRounding, number, number]>([
    ['none', { mode: 'none' }, 4050, 16875], // 4050 x 15000 / 3600 = 16875
    ['up 1 min', { mode: 'up', incrementMinutes: 1 }, 4080, 17000], // 68 min; 4080 x 15000 / 3600 = 17000
    ['down 1 min', { mode: 'down', incrementMinutes: 1 }, 4020, 16750], // 67 min; 4020 x 15000 / 3600 = 16750
    ['nearest 1 min', { mode: 'nearest', incrementMinutes: 1 }, 4080, 17000], // 30 s is half a minute -> up
    ['up 5 min', { mode: 'up', incrementMinutes: 5 }, 4200, 17500], // 70 min; 4200 x 15000 / 3600 = 17500
    ['down 5 min', { mode: 'down', incrementMinutes: 5 }, 3900, 16250], // 65 min; 3900 x 15000 / 3600 = 16250
    ['nearest 5 min', { mode: 'nearest', incrementMinutes: 5 }, 4200, 17500], // 4050 = 13 x 300 + 150; 150 s is exactly half of 300 -> up to 70 min
    ['up 6 min', { mode: 'up', incrementMinutes: 6 }, 4320, 18000], // 72 min; 4320 x 15000 / 3600 = 18000
    ['down 6 min', { mode: 'down', incrementMinutes: 6 }, 3960, 16500], // 66 min; 3960 x 15000 / 3600 = 16500
    ['nearest 6 min', { mode: 'nearest', incrementMinutes: 6 }, 3960, 16500], // remainder 90 s < 180 s -> down
    ['up 10 min', { mode: 'up', incrementMinutes: 10 }, 4200, 17500], // 70 min
    ['down 10 min', { mode: 'down', incrementMinutes: 10 }, 3600, 15000], // 60 min; 3600 x 15000 / 3600 = 15000
    ['nearest 10 min', { mode: 'nearest', incrementMinutes: 10 }, 4200, 17500], // 4050 = 6 x 600 + 450; 450 s >= half (300 s) -> up to 70 min
    ['up 15 min', { mode: 'up', incrementMinutes: 15 }, 4500, 18750], // 75 min; 4500 x 15000 / 3600 = 18750
    ['down 15 min', { mode: 'down', incrementMinutes: 15 }, 3600, 15000], // 60 min
    ['nearest 15 min', { mode: 'nearest', incrementMinutes: 15 }, 4500, 18750], // remainder 450 s = half of 900 -> up
    ['up 30 min', { mode: 'up', incrementMinutes: 30 }, 5400, 22500], // 90 min; 5400 x 15000 / 3600 = 22500
    ['down 30 min', { mode: 'down', incrementMinutes: 30 }, 3600, 15000],
    ['nearest 30 min', { mode: 'nearest', incrementMinutes: 30 }, 3600, 15000], // remainder 450 s < 900 s -> down
    ['up 60 min', { mode: 'up', incrementMinutes: 60 }, 7200, 30000], // 2 h; 7200 x 15000 / 3600 = 30000
    ['down 60 min', { mode: 'down', incrementMinutes: 60 }, 3600, 15000],
    ['nearest 60 min', { mode: 'nearest', incrementMinutes: 60 }, 3600, 15000], // remainder 450 s < 1800 s -> down
  ])(
    '%s (%j): billable %i s, amount %i; cost stays 6750 on the tracked 4050 s',
    (_name, rule, seconds, amount) => {
      const valuation = valueEntry(book, entry(4050), rule);
      expect(valuation.trackedSeconds).toBe(4050); // tracked data is never changed by rounding
      expect(valuation.billableSeconds).toBe(seconds);
      expect(valuation.amount).toEqual({
        amountMinor: amount,
        currency: 'EUR',
      });
      expect(valuation.cost).toEqual({ amountMinor: 6750, currency: 'EUR' });
      expect(valuation.profit).toEqual({
        amountMinor: amount - 6750,
        currency: 'EUR',
      });
    },
  );

  it('nearest rounds exactly half an increment up: 7 min 30 s with nearest 15 -> 15 min', () => {
    const valuation = valueEntry(book, entry(450), {
      mode: 'nearest',
      incrementMinutes: 15,
    });
    expect(valuation.billableSeconds).toBe(900);
    expect(valuation.amount.amountMinor).toBe(3750); // 900 x 15000 / 3600 = 3750
    expect(valuation.cost?.amountMinor).toBe(750); // 450 x 6000 / 3600 = 750, unrounded time
  });

  it('nearest rounds just below half down: 7 min 29 s with nearest 15 -> 0 (and so amount 0, cost still counted)', () => {
    const valuation = valueEntry(book, entry(449), {
      mode: 'nearest',
      incrementMinutes: 15,
    });
    expect(valuation.billableSeconds).toBe(0);
    expect(valuation.amount.amountMinor).toBe(0);
    expect(valuation.cost?.amountMinor).toBe(748); // 449 x 6000 / 3600 = 748.33 -> 748
    expect(valuation.profit?.amountMinor).toBe(-748); // 0 - 748
  });

  it('a non-billable entry has 0 billable seconds and amount 0, but a cost', () => {
    const valuation = valueEntry(book, entry(4050, false), {
      mode: 'up',
      incrementMinutes: 15,
    });
    expect(valuation.billableSeconds).toBe(0);
    expect(valuation.amount.amountMinor).toBe(0);
    expect(valuation.cost?.amountMinor).toBe(6750); // 4050 x 6000 / 3600
    expect(valuation.missingRate).toBe(false);
  });

  it('the amount is rounded half up per entry: 1 s at 1800/h is 0.5 -> 1 minor unit', () => {
    const tiny = rateBookFrom([
      rateSet({ level: 'project', projectId: ids.project }, '2026-01-01', 1800),
    ]);
    expect(
      valueEntry(tiny, entry(1), { mode: 'none' }).amount.amountMinor,
    ).toBe(1); // 1 x 1800 / 3600 = 0.5 -> 1
  });

  it('without a rate the amount is 0 and the entry is flagged for the billing audit; without a cost rate, cost is null', () => {
    const valuation = valueEntry(rateBookFrom([]), entry(4050), {
      mode: 'none',
    });
    expect(valuation.amount).toEqual({ amountMinor: 0, currency: 'EUR' });
    expect(valuation.missingRate).toBe(true);
    expect(valuation.cost).toBeNull();
    expect(valuation.profit).toBeNull();
  });
});
