import { DatedRateView } from '@billing/rates/contracts';

/** Valid on `day`: started on or before it, and not ended before it (dates compare as text: YYYY-MM-DD). */
export function isCurrent(rate: DatedRateView, day: string): boolean {
  return rate.validFrom <= day && (rate.validUntil === null || rate.validUntil >= day);
}

/** The rate valid on `day`, if any. */
export function currentRate(history: readonly DatedRateView[], day: string): DatedRateView | null {
  return history.find((rate) => isCurrent(rate, day)) ?? null;
}
