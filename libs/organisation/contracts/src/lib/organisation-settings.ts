import { TimeRoundingDto, Revisioned } from './common';

export type SubmissionDeadlineRuleDto =
  | { kind: 'nth-working-day-of-next-month'; n: number }
  | { kind: 'nth-day-of-next-month'; n: number };

export interface OrganisationSettingsFields {
  name: string;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
  /** ISO 4217 code. */
  defaultCurrency: string;
  /** E.g. `INV-{YYYY}-{SEQ:4}`; tokens {YYYY}, {YY}, {MM} and exactly one {SEQ:n}. */
  invoiceNumberFormat: string;
  defaultTimeRounding: TimeRoundingDto;
  submissionDeadlineRule: SubmissionDeadlineRuleDto;
}

/** GET /api/v1/organisation */
export interface OrganisationSettingsView
  extends OrganisationSettingsFields,
    Revisioned {
  id: string;
}

/** PATCH /api/v1/organisation (If-Match required): only the fields sent change. */
export type ChangeOrganisationSettingsRequest =
  Partial<OrganisationSettingsFields>;
