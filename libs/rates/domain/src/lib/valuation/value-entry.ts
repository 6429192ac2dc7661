import {
  Money,
  TimeRounding,
  amountForSeconds,
  money,
  roundSignedDuration,
  subtractMoney,
} from '@billing/shared/kernel';
import { RateBook } from '../rate-book/rate-book.state';
import {
  CostRateResolution,
  RateResolution,
  RatedEntry,
  resolveCostRate,
  resolveRate,
} from '../resolution/resolve-rate';

export interface EntryToValue extends RatedEntry {
  /** Tracked (unrounded) seconds of a finished entry; negative for an adjusting entry that takes time off. */
  durationSeconds: number;
  billable: boolean;
}

export interface EntryValuation {
  trackedSeconds: number;
  /** roundSignedDuration(tracked, project rounding) when billable (sign kept); 0 otherwise. */
  billableSeconds: number;
  /** round-half-up(billableSeconds x rate / 3600) in the client's currency; 0 when not billable or no rate. */
  amount: Money;
  /** round-half-up(trackedSeconds x cost rate / 3600), on unrounded time; null when the member has no cost rate. */
  cost: Money | null;
  /** amount - cost when both are in one currency; null when there is no cost or the currencies differ. */
  profit: Money | null;
  rate: RateResolution;
  costRate: CostRateResolution;
  /** A billable entry without a usable rate: listed by the billing audit. */
  missingRate: boolean;
}

/**
 * The value of one entry (SPEC "Money, time and rounding"): billable seconds are the rounded duration of a
 * billable entry; its amount is priced on them; its cost is priced on the tracked, unrounded seconds.
 */
export function valueEntry(
  book: RateBook,
  entry: EntryToValue,
  rounding: TimeRounding,
): EntryValuation {
  const billableSeconds = entry.billable
    ? roundSignedDuration(entry.durationSeconds, rounding)
    : 0;
  const rate = resolveRate(book, entry);
  const amount = money(
    rate.status === 'found'
      ? amountForSeconds(rate.ratePerHour.amountMinor, billableSeconds)
      : 0,
    entry.currency,
  );
  const costRate = resolveCostRate(book, entry.memberId, entry.day);
  const cost =
    costRate.status === 'found'
      ? money(
          amountForSeconds(
            costRate.ratePerHour.amountMinor,
            entry.durationSeconds,
          ),
          costRate.ratePerHour.currency,
        )
      : null;
  const profit =
    cost !== null && cost.currency === amount.currency
      ? subtractMoney(amount, cost)
      : null;
  return {
    trackedSeconds: entry.durationSeconds,
    billableSeconds,
    amount,
    cost,
    profit,
    rate,
    costRate,
    missingRate: entry.billable && rate.status === 'missing',
  };
}
