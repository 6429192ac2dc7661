import { ClientId, CurrencyCode, MemberId } from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';

export interface ClientDetails {
  name: string;
  /** Tax on invoice subtotals, in basis points: 1900 = 19 %. */
  taxRateBasisPoints: number;
  responsibleIds: MemberId[];
}

export type ClientCreated = DomainEvent<
  'client-created',
  { clientId: ClientId; currency: CurrencyCode } & ClientDetails
>;
/** Only the fields that changed are present. */
export type ClientDetailsChanged = DomainEvent<
  'client-details-changed',
  { clientId: ClientId } & Partial<ClientDetails>
>;
export type ClientCurrencyChanged = DomainEvent<
  'client-currency-changed',
  { clientId: ClientId; currency: CurrencyCode; previousCurrency: CurrencyCode }
>;
export type ClientArchived = DomainEvent<
  'client-archived',
  { clientId: ClientId }
>;
export type ClientUnarchived = DomainEvent<
  'client-unarchived',
  { clientId: ClientId }
>;

export type ClientEvent =
  | ClientCreated
  | ClientDetailsChanged
  | ClientCurrencyChanged
  | ClientArchived
  | ClientUnarchived;
