import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, MemberView } from '@billing/organisation/contracts';
import { SetupApi } from './setup-api';

/**
 * Active members to pick responsibles and project members from, plus a name lookup for tables.
 * Call in an injection context. Loads one page of up to 200 members.
 */
export function createMemberOptions() {
  const api = inject(SetupApi);
  const resource = rxResource({
    stream: () => api.list<MemberView>('/members', { status: 'active', pageSize: MAX_PAGE_SIZE }),
  });
  const members = computed(() => (resource.hasValue() ? resource.value().items : []));
  const names = computed(() => new Map(members().map((member) => [member.id, member.name])));
  return {
    members,
    nameOf: (id: string): string => names().get(id) ?? 'Unknown member',
    namesOf: (ids: readonly string[]): string => ids.map((id) => names().get(id) ?? 'Unknown member').join(', '),
  };
}

export type MemberOptions = ReturnType<typeof createMemberOptions>;
