import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, MemberView } from '@billing/organisation/contracts';
import { SetupApi } from '../setup/shared/setup-api';

/** Every member (any status: history names people who left too) for actor names. Call in an injection context. */
export function createMemberNames() {
  const api = inject(SetupApi);
  const resource = rxResource({ stream: () => api.list<MemberView>('/members', { pageSize: MAX_PAGE_SIZE }) });
  const members = computed(() => (resource.hasValue() ? resource.value().items : []));
  const names = computed(() => new Map(members().map((member) => [member.id, member.name])));
  return {
    members,
    /** `system:<component>` actors keep their name; unknown ids are shown as they are. */
    nameOf: (actor: string): string => names().get(actor) ?? actor,
  };
}
