import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ClientView, MAX_PAGE_SIZE } from '@billing/organisation/contracts';
import { SetupApi } from '../shared/setup-api';

/**
 * Clients to choose a project's client from (active only) or to name them in tables (all): one page of up to 200,
 * and a lookup by id. Injection context.
 */
export function createClientOptions(status: 'active' | 'all' = 'active') {
  const api = inject(SetupApi);
  const resource = rxResource({ stream: () => api.list<ClientView>('/clients', { status: status === 'all' ? undefined : status, pageSize: MAX_PAGE_SIZE }) });
  const clients = computed(() => (resource.hasValue() ? resource.value().items : []));
  const byIdMap = computed(() => new Map(clients().map((client) => [client.id, client])));
  return {
    clients,
    byId: (id: string): ClientView | undefined => byIdMap().get(id),
    nameOf: (id: string): string => byIdMap().get(id)?.name ?? '—',
  };
}
