import {
  CurrencyCode,
  LocalDate,
  MemberId,
  OrganisationId,
} from '@billing/shared/kernel';
import { DomainCommand } from '../shared/messages';
import { RateScope } from './rate-scope';

/** An untrusted amount as it arrives: checked to be integer minor units in a known currency. */
export interface RateInput {
  amountMinor: number;
  currency: string;
}

export type SetBillableRate = DomainCommand<
  'set-billable-rate',
  {
    organisationId: OrganisationId;
    scope: RateScope;
    effectiveFrom: LocalDate;
    ratePerHour: RateInput;
    /** Required to overwrite a different rate already set for the same scope and date. */
    replace?: boolean;
    reason?: string | null;
  }
>;

export type RemoveBillableRate = DomainCommand<
  'remove-billable-rate',
  {
    organisationId: OrganisationId;
    scope: RateScope;
    effectiveFrom: LocalDate;
    reason?: string | null;
  }
>;

export type SetCostRate = DomainCommand<
  'set-cost-rate',
  {
    organisationId: OrganisationId;
    memberId: MemberId;
    effectiveFrom: LocalDate;
    ratePerHour: RateInput;
    replace?: boolean;
    reason?: string | null;
  }
>;

export type RemoveCostRate = DomainCommand<
  'remove-cost-rate',
  {
    organisationId: OrganisationId;
    memberId: MemberId;
    effectiveFrom: LocalDate;
    reason?: string | null;
  }
>;

export type RateBookCommand =
  | SetBillableRate
  | RemoveBillableRate
  | SetCostRate
  | RemoveCostRate;

/**
 * Looked up by the handler before deciding:
 * - `organisationCurrency`: the organisation's default currency (member and organisation levels, cost rates);
 * - `clientCurrency`: the currency of the client that owns the scope (client, project, task and member-on-project
 *   levels), or null when that client / project / task does not exist. Not needed for the other levels.
 */
export interface RateBookDecisionContext {
  organisationCurrency: CurrencyCode;
  clientCurrency?: CurrencyCode | null;
}
