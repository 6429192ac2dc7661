import { ClientId } from '@billing/shared/kernel';
import { DomainCommand } from '../shared/messages';
import { ClientDetails } from './client.events';

export type CreateClient = DomainCommand<
  'create-client',
  { clientId: ClientId; currency: string } & ClientDetails
>;
export type ChangeClientDetails = DomainCommand<
  'change-client-details',
  { clientId: ClientId } & Partial<ClientDetails>
>;
export type ChangeClientCurrency = DomainCommand<
  'change-client-currency',
  { clientId: ClientId; currency: string }
>;
export type ArchiveClient = DomainCommand<
  'archive-client',
  { clientId: ClientId }
>;
export type UnarchiveClient = DomainCommand<
  'unarchive-client',
  { clientId: ClientId }
>;

export type ClientCommand =
  | CreateClient
  | ChangeClientDetails
  | ChangeClientCurrency
  | ArchiveClient
  | UnarchiveClient;

/** Looked up by the handler: whether any hours of this client were billed (required for a currency change). */
export interface ClientDecisionContext {
  hasBilledHours?: boolean;
}
