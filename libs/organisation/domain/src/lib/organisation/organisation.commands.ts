import { OrganisationId } from '@billing/shared/kernel';
import { DomainCommand } from '../shared/messages';
import { OrganisationSettings } from './organisation.events';

/** Fields left out take the documented defaults (UTC, INV-{YYYY}-{SEQ:4}, no rounding, 3rd working day). */
export type SetUpOrganisation = DomainCommand<
  'set-up-organisation',
  {
    organisationId: OrganisationId;
    name: string;
    defaultCurrency: string;
  } & Partial<Omit<OrganisationSettings, 'name' | 'defaultCurrency'>>
>;

export type ChangeOrganisationSettings = DomainCommand<
  'change-organisation-settings',
  { organisationId: OrganisationId; changes: Partial<OrganisationSettings> }
>;

export type OrganisationCommand =
  | SetUpOrganisation
  | ChangeOrganisationSettings;
