import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, TeamView } from '@billing/organisation/contracts';
import { SetupApi } from '../shared/setup-api';

/** Teams (one page of up to 200) to name them in tables and to pick one. Injection context. */
export function createTeamNames() {
  const api = inject(SetupApi);
  const resource = rxResource({ stream: () => api.list<TeamView>('/teams', { pageSize: MAX_PAGE_SIZE }) });
  const teams = computed(() => (resource.hasValue() ? resource.value().items : []));
  const byId = computed(() => new Map(teams().map((team) => [team.id, team.name])));
  return {
    teams,
    active: computed(() => teams().filter((team) => team.status === 'active')),
    nameOf: (id: string | null): string => (id ? (byId().get(id) ?? 'Unknown team') : '—'),
  };
}
