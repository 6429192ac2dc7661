import {
  CurrencyCode,
  OrganisationId,
  TimeRounding,
  TimeZone,
} from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';
import { SubmissionDeadlineRule } from './submission-deadline-rule';

export interface OrganisationSettings {
  name: string;
  timeZone: TimeZone;
  defaultCurrency: CurrencyCode;
  invoiceNumberFormat: string;
  defaultTimeRounding: TimeRounding;
  submissionDeadlineRule: SubmissionDeadlineRule;
}

export type OrganisationSetUp = DomainEvent<
  'organisation-set-up',
  { organisationId: OrganisationId } & OrganisationSettings
>;
/** Only the fields that changed are present. */
export type OrganisationSettingsChanged = DomainEvent<
  'organisation-settings-changed',
  { organisationId: OrganisationId; changes: Partial<OrganisationSettings> }
>;

export type OrganisationEvent = OrganisationSetUp | OrganisationSettingsChanged;
