import { TimeRounding } from '@billing/shared/kernel';
import { rateBookFrom } from '../rate-book/rate-book.state';
import { EntryToValue, valueEntry } from '../valuation/value-entry';
import { costRateSet, day, ids, rateSet } from '../testing/fixtures';

/**
 * Scenario: an adjusting entry of -4050 s (1 h 07 min 30 s taken off) at 150.00 EUR/h, cost 60.00 EUR/h. The
 * project's rounding applies to the magnitude and the sign is kept, so the correction cancels the same +4050 s entry
 * to the second and to the cent under every rule.
 */
const book = rateBookFrom([
  rateSet({ level: 'project', projectId: ids.project }, '2026-01-01', 15000),
  costRateSet(ids.alice, '2026-01-01', 6000),
]);

const entry = (durationSeconds: number): EntryToValue => ({
  memberId: ids.alice,
  projectId: ids.project,
  taskId: null,
  clientId: ids.client,
  day: day('2026-04-01'),
  currency: 'EUR',
  durationSeconds,
  billable: true,
});

describe('an adjusting entry with negative seconds', () => {
  it.each<[string, TimeRounding, number, number]>([
    ['none', { mode: 'none' }, -4050, -16875], // -4050 x 15000 / 3600 = -16875
    ['up 15 min', { mode: 'up', incrementMinutes: 15 }, -4500, -18750], // |-4050| up to 75 min, sign kept
    ['down 15 min', { mode: 'down', incrementMinutes: 15 }, -3600, -15000], // |-4050| down to 60 min
    ['nearest 5 min', { mode: 'nearest', incrementMinutes: 5 }, -4200, -17500], // 150 s is half of 300 -> 70 min
  ])('%s: billable %i s, amount %i, exactly minus the positive entry', (_name, rule, seconds, amount) => {
    const minus = valueEntry(book, entry(-4050), rule);
    const plus = valueEntry(book, entry(4050), rule);
    expect(minus.billableSeconds).toBe(seconds);
    expect(minus.billableSeconds).toBe(-plus.billableSeconds);
    expect(minus.amount.amountMinor).toBe(amount);
    expect(minus.amount.amountMinor + plus.amount.amountMinor).toBe(0);
    expect(minus.cost?.amountMinor).toBe(-6750); // -4050 x 6000 / 3600, on unrounded time
  });

  it('prices a single second symmetrically: 1 s at 150.00/h is 4, -1 s is -4', () => {
    // 1 x 15000 / 3600 = 4.1667 -> 4; -1 -> -4
    expect(valueEntry(book, entry(-1), { mode: 'none' }).amount.amountMinor).toBe(-4);
    expect(valueEntry(book, entry(1), { mode: 'none' }).amount.amountMinor).toBe(4);
  });
});
