import { ListQuery, Revisioned } from './common';

export type ClientStatus = 'active' | 'archived';

/** GET /api/v1/clients, GET /api/v1/clients/:id */
export interface ClientView extends Revisioned {
  id: string;
  name: string;
  /** ISO 4217; everything billed to the client is in it. */
  currency: string;
  /** 1900 = 19 %. */
  taxRateBasisPoints: number;
  responsibleIds: string[];
  status: ClientStatus;
}

export interface ClientListQuery extends ListQuery {
  status?: ClientStatus;
}

/** POST /api/v1/clients */
export interface CreateClientRequest {
  name: string;
  currency: string;
  /** 0..10000, default 0. */
  taxRateBasisPoints?: number;
  responsibleIds?: string[];
}

/** PATCH /api/v1/clients/:id (If-Match required). A currency change is refused once hours were billed. */
export interface UpdateClientRequest {
  name?: string;
  currency?: string;
  taxRateBasisPoints?: number;
  responsibleIds?: string[];
}
