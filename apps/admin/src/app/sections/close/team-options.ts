import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, TeamView } from '@billing/organisation/contracts';
import { SetupApi } from '../setup/shared/setup-api';

/** The organisation's teams (archived ones too, to name old closes), to pick a close scope from. Injection context. */
export function createTeamOptions() {
  const api = inject(SetupApi);
  const resource = rxResource({ stream: () => api.list<TeamView>('/teams', { pageSize: MAX_PAGE_SIZE }) });
  const teams = computed(() => (resource.hasValue() ? resource.value().items : []));
  const names = computed(() => new Map(teams().map((team) => [team.id, team.name])));
  return {
    teams,
    active: computed(() => teams().filter((team) => team.status === 'active')),
    nameOf: (id: string): string => names().get(id) ?? 'Unknown team',
  };
}

export type TeamOptions = ReturnType<typeof createTeamOptions>;
