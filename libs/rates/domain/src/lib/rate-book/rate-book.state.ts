import { LocalDate, Money, OrganisationId } from '@billing/shared/kernel';
import { RateBookEvent } from './rate-book.events';
import { rateScopeKey } from './rate-scope';

/** One step of a timeline: the rate valid from `effectiveFrom` until the next step. */
export interface DatedRate {
  readonly effectiveFrom: LocalDate;
  readonly ratePerHour: Money;
}

/** Steps sorted by `effectiveFrom`, at most one per date. */
export type RateTimeline = readonly DatedRate[];

/**
 * The organisation's rates: a timeline per billable scope (keyed by rateScopeKey) and per member for costs.
 * Plain JSON, so it can be cached or snapshotted as is.
 */
export interface RateBook {
  readonly organisationId: OrganisationId | null;
  readonly billable: Readonly<Record<string, RateTimeline>>;
  readonly cost: Readonly<Record<string, RateTimeline>>;
}

export const emptyRateBook: RateBook = {
  organisationId: null,
  billable: {},
  cost: {},
};

/** The step of a timeline dated exactly `date`, if any. */
export function rateOnDate(
  timeline: RateTimeline | undefined,
  date: LocalDate,
): DatedRate | undefined {
  return timeline?.find((step) => step.effectiveFrom === date);
}

/** The step valid on `day`: the latest one that starts on or before it. */
export function rateValidOn(
  timeline: RateTimeline | undefined,
  day: LocalDate,
): DatedRate | undefined {
  let valid: DatedRate | undefined;
  for (const step of timeline ?? []) {
    if (step.effectiveFrom <= day) valid = step;
    else break;
  }
  return valid;
}

function withStep(
  timeline: RateTimeline | undefined,
  step: DatedRate,
): RateTimeline {
  return [
    ...(timeline ?? []).filter(
      (other) => other.effectiveFrom !== step.effectiveFrom,
    ),
    step,
  ].sort((left, right) => (left.effectiveFrom < right.effectiveFrom ? -1 : 1));
}

function withoutStep(
  timeline: RateTimeline | undefined,
  date: LocalDate,
): RateTimeline {
  return (timeline ?? []).filter((step) => step.effectiveFrom !== date);
}

export function evolveRateBook(book: RateBook, event: RateBookEvent): RateBook {
  const organisationId = event.data.organisationId;
  switch (event.type) {
    case 'billable-rate-set': {
      const key = rateScopeKey(event.data.scope);
      const step = {
        effectiveFrom: event.data.effectiveFrom,
        ratePerHour: event.data.ratePerHour,
      };
      return {
        ...book,
        organisationId,
        billable: {
          ...book.billable,
          [key]: withStep(book.billable[key], step),
        },
      };
    }
    case 'billable-rate-removed': {
      const key = rateScopeKey(event.data.scope);
      return {
        ...book,
        organisationId,
        billable: {
          ...book.billable,
          [key]: withoutStep(book.billable[key], event.data.effectiveFrom),
        },
      };
    }
    case 'cost-rate-set': {
      const key = event.data.memberId;
      const step = {
        effectiveFrom: event.data.effectiveFrom,
        ratePerHour: event.data.ratePerHour,
      };
      return {
        ...book,
        organisationId,
        cost: { ...book.cost, [key]: withStep(book.cost[key], step) },
      };
    }
    case 'cost-rate-removed': {
      const key = event.data.memberId;
      return {
        ...book,
        organisationId,
        cost: {
          ...book.cost,
          [key]: withoutStep(book.cost[key], event.data.effectiveFrom),
        },
      };
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Rebuilds a rate book from its stream. */
export function rateBookFrom(events: readonly RateBookEvent[]): RateBook {
  return events.reduce(evolveRateBook, emptyRateBook);
}
