import {
  LocalDate,
  MemberId,
  Money,
  OrganisationId,
} from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';
import { RateScope } from './rate-scope';

/**
 * A billable hourly rate for a scope, valid from `effectiveFrom` (a local date in the organisation's zone) until
 * the next rate of the same scope. `replacedRate` is the rate that was set for the same scope and date before,
 * when this one replaces it; null otherwise.
 */
export type BillableRateSet = DomainEvent<
  'billable-rate-set',
  {
    organisationId: OrganisationId;
    scope: RateScope;
    effectiveFrom: LocalDate;
    ratePerHour: Money;
    replacedRate: Money | null;
    reason: string | null;
  }
>;

/** The rate dated `effectiveFrom` is withdrawn; the scope's previous rate (if any) runs on in its place. */
export type BillableRateRemoved = DomainEvent<
  'billable-rate-removed',
  {
    organisationId: OrganisationId;
    scope: RateScope;
    effectiveFrom: LocalDate;
    removedRate: Money;
    reason: string | null;
  }
>;

/** An internal hourly cost of a member, valid from `effectiveFrom` until their next cost rate. */
export type CostRateSet = DomainEvent<
  'cost-rate-set',
  {
    organisationId: OrganisationId;
    memberId: MemberId;
    effectiveFrom: LocalDate;
    ratePerHour: Money;
    replacedRate: Money | null;
    reason: string | null;
  }
>;

export type CostRateRemoved = DomainEvent<
  'cost-rate-removed',
  {
    organisationId: OrganisationId;
    memberId: MemberId;
    effectiveFrom: LocalDate;
    removedRate: Money;
    reason: string | null;
  }
>;

export type RateBookEvent =
  | BillableRateSet
  | BillableRateRemoved
  | CostRateSet
  | CostRateRemoved;

export type RateBookEventType = RateBookEvent['type'];

/** Stored schema version per event name. Never rename a type; bump only with an upcaster. */
export const RATES_EVENT_SCHEMA_VERSIONS: Readonly<
  Record<RateBookEventType, number>
> = {
  'billable-rate-set': 1,
  'billable-rate-removed': 1,
  'cost-rate-set': 1,
  'cost-rate-removed': 1,
};

export const RATES_EVENT_TYPES = Object.keys(
  RATES_EVENT_SCHEMA_VERSIONS,
) as RateBookEventType[];

/** One rate book per organisation: `rate-book-<organisationId>`. */
export function rateBookStreamId(organisationId: OrganisationId): string {
  return `rate-book-${organisationId}`;
}
