import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { OrganisationSettingsView } from '@billing/organisation/contracts';
import { SetupApi } from './setup-api';

/** The organisation's settings where other forms need its defaults (currency, rounding). Injection context. */
export function createOrganisationDefaults() {
  const api = inject(SetupApi);
  const resource = rxResource({ stream: () => api.get<OrganisationSettingsView>('/organisation') });
  const settings = computed(() => (resource.hasValue() ? resource.value() : undefined));
  return {
    settings,
    currency: computed(() => settings()?.defaultCurrency ?? 'EUR'),
  };
}
