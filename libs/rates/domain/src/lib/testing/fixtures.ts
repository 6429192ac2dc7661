import {
  ClientId,
  LocalDate,
  MemberId,
  OrganisationId,
  ProjectId,
  TaskId,
  asId,
} from '@billing/shared/kernel';
import { RateBookEvent } from '../rate-book/rate-book.events';
import { RateScope } from '../rate-book/rate-scope';

export const ids = {
  organisation: asId<'Organisation'>(
    '00000000-0000-4000-8000-000000000001',
  ) as OrganisationId,
  finance: asId<'Member'>('00000000-0000-4000-8000-0000000000f1') as MemberId,
  alice: asId<'Member'>('00000000-0000-4000-8000-00000000a11c') as MemberId,
  bob: asId<'Member'>('00000000-0000-4000-8000-000000000b0b') as MemberId,
  client: asId<'Client'>('00000000-0000-4000-8000-00000000c001') as ClientId,
  project: asId<'Project'>('00000000-0000-4000-8000-00000000b001') as ProjectId,
  otherProject: asId<'Project'>(
    '00000000-0000-4000-8000-00000000b002',
  ) as ProjectId,
  design: asId<'Task'>('00000000-0000-4000-8000-00000000d001') as TaskId,
  build: asId<'Task'>('00000000-0000-4000-8000-00000000d002') as TaskId,
};

export const actorId = ids.finance;

export function day(text: string): LocalDate {
  return text as LocalDate;
}

/** A `billable-rate-set` event in EUR for the scope, as the decider would produce it. */
export function rateSet(
  scope: RateScope,
  effectiveFrom: string,
  amountMinor: number,
  currency: 'EUR' | 'USD' | 'JPY' | 'KWD' = 'EUR',
): RateBookEvent {
  return {
    type: 'billable-rate-set',
    data: {
      organisationId: ids.organisation,
      scope,
      effectiveFrom: day(effectiveFrom),
      ratePerHour: { amountMinor, currency },
      replacedRate: null,
      reason: null,
    },
  };
}

export function costRateSet(
  memberId: MemberId,
  effectiveFrom: string,
  amountMinor: number,
  currency: 'EUR' | 'USD' | 'JPY' | 'KWD' = 'EUR',
): RateBookEvent {
  return {
    type: 'cost-rate-set',
    data: {
      organisationId: ids.organisation,
      memberId,
      effectiveFrom: day(effectiveFrom),
      ratePerHour: { amountMinor, currency },
      replacedRate: null,
      reason: null,
    },
  };
}
