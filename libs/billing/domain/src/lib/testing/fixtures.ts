import {
  ClientId,
  CurrencyCode,
  InvoiceId,
  LocalDate,
  MemberId,
  MilestoneId,
  OrganisationId,
  ProjectId,
  TaskId,
  TimeEntryId,
  asId,
} from '@billing/shared/kernel';
import {
  ClientToBill,
  NOTHING_INVOICED,
  ProjectBillingModel,
  ProjectToBill,
  ValuedEntry,
} from '../inputs/billing-inputs';

export const ids = {
  organisation: asId<'Organisation'>(
    '00000000-0000-4000-8000-000000000001',
  ) as OrganisationId,
  finance: asId<'Member'>('00000000-0000-4000-8000-0000000000f1') as MemberId,
  alice: asId<'Member'>('00000000-0000-4000-8000-00000000a11c') as MemberId,
  bob: asId<'Member'>('00000000-0000-4000-8000-000000000b0b') as MemberId,
  client: asId<'Client'>('00000000-0000-4000-8000-00000000c001') as ClientId,
  project: asId<'Project'>('00000000-0000-4000-8000-00000000b001') as ProjectId,
  design: asId<'Task'>('00000000-0000-4000-8000-00000000d001') as TaskId,
  build: asId<'Task'>('00000000-0000-4000-8000-00000000d002') as TaskId,
  invoice: asId<'Invoice'>('00000000-0000-4000-8000-0000000001a1') as InvoiceId,
  invoice2: asId<'Invoice'>(
    '00000000-0000-4000-8000-0000000001a2',
  ) as InvoiceId,
  milestone1: asId<'Milestone'>(
    '00000000-0000-4000-8000-0000000003a1',
  ) as MilestoneId,
  milestone2: asId<'Milestone'>(
    '00000000-0000-4000-8000-0000000003a2',
  ) as MilestoneId,
};

export const actorId = ids.finance;

export function day(text: string): LocalDate {
  return text as LocalDate;
}

/** Entry ids e(1), e(2), ... as UUIDs. */
export function e(n: number): TimeEntryId {
  return asId<'TimeEntry'>(
    `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  ) as TimeEntryId;
}

export function client(
  currency: CurrencyCode = 'EUR',
  taxRateBasisPoints = 1900,
): ClientToBill {
  return { clientId: ids.client, currency, taxRateBasisPoints };
}

export function project(
  billingModel: ProjectBillingModel,
  currency: CurrencyCode = 'EUR',
  extra: Partial<ProjectToBill> = {},
): ProjectToBill {
  return {
    projectId: ids.project,
    clientId: ids.client,
    name: 'Website',
    currency,
    billingModel,
    status: 'active',
    milestones: [],
    invoiced: NOTHING_INVOICED,
    ...extra,
  };
}

/** A valued, billable entry with a rate; amount and seconds are given as the rates context computed them. */
export function entry(
  n: number,
  billableSeconds: number,
  amountMinor: number,
  extra: Partial<ValuedEntry> = {},
  currency: CurrencyCode = 'EUR',
): ValuedEntry {
  return {
    entryId: e(n),
    memberId: ids.alice,
    projectId: ids.project,
    taskId: null,
    day: day('2026-03-10'),
    billable: true,
    billableSeconds,
    amount: { amountMinor, currency },
    missingRate: false,
    ...extra,
  };
}
