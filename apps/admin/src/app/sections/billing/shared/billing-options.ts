import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ClientView, MAX_PAGE_SIZE, ProjectView } from '@billing/organisation/contracts';
import { SetupApi } from '../../setup/shared/setup-api';

/**
 * The clients and projects to pick from (one page of up to 200 each, archived ones included so old invoices and
 * rates keep their names). Call in an injection context.
 */
export function createBillingOptions() {
  const api = inject(SetupApi);
  const clientList = rxResource({ stream: () => api.list<ClientView>('/clients', { pageSize: MAX_PAGE_SIZE }) });
  const projectList = rxResource({ stream: () => api.list<ProjectView>('/projects', { pageSize: MAX_PAGE_SIZE }) });
  const clients = computed(() => (clientList.hasValue() ? [...clientList.value().items].sort(byName) : []));
  const projects = computed(() => (projectList.hasValue() ? [...projectList.value().items].sort(byName) : []));
  const clientNames = computed(() => new Map(clients().map((client) => [client.id, client.name])));
  const projectsById = computed(() => new Map(projects().map((project) => [project.id, project])));
  return {
    clients,
    projects,
    clientName: (id: string): string => clientNames().get(id) ?? 'Unknown client',
    project: (id: string): ProjectView | undefined => projectsById().get(id),
    projectName: (id: string): string => projectsById().get(id)?.name ?? 'Unknown project',
    clientOf: (id: string): ClientView | undefined => clients().find((client) => client.id === id),
  };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}

export type BillingOptions = ReturnType<typeof createBillingOptions>;
