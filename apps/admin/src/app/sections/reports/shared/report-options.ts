import { computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ClientView, MAX_PAGE_SIZE, MemberView, OrganisationSettingsView, ProjectView, TaskView, TeamView } from '@billing/organisation/contracts';
import { ReportGroupBy } from '@billing/reporting/contracts';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { SetupApi } from '../../setup/shared/setup-api';

export interface FilterOption {
  readonly id: string;
  readonly name: string;
  /** Secondary text, e.g. the client of a project. */
  readonly hint?: string;
}

function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The organisation's zone and the pickers' choices: clients, projects (narrowed to the chosen clients), tasks of
 * the chosen projects, members and teams, each list only when the person may read it. One page of up to 200 each.
 * Call in an injection context.
 */
export function createReportOptions() {
  const api = inject(SetupApi);
  const auth = inject(AuthService);
  const list = <T>(path: string, permission: string) =>
    rxResource({
      stream: () => (auth.can(permission) ? api.list<T>(path, { pageSize: MAX_PAGE_SIZE }).pipe(map((page) => page.items)) : of([] as T[])),
    });
  const settings = rxResource({
    stream: () => api.get<OrganisationSettingsView>('/organisation').pipe(catchError(() => of(null))),
  });
  const clients = list<ClientView>('/clients', 'clients.read');
  const projects = list<ProjectView>('/projects', 'projects.read');
  const members = list<MemberView>('/members', 'members.read');
  const teams = list<TeamView>('/teams', 'teams.read');
  const tasksByProject = signal<ReadonlyMap<string, readonly TaskView[]>>(new Map());
  const loading = new Set<string>();

  const value = <T>(resource: { hasValue(): boolean; value(): T[] | undefined }) => (resource.hasValue() ? (resource.value() ?? []) : []);
  const clientList = computed(() => byName(value(clients)));
  const clientNames = computed(() => new Map(clientList().map((client) => [client.id, client.name])));
  const projectList = computed(() => byName(value(projects)));
  const projectNames = computed(() => new Map(projectList().map((project) => [project.id, project.name])));

  return {
    /** The organisation's IANA zone; null until known, `UTC` when it cannot be read. */
    timeZone: computed(() => (settings.isLoading() ? null : (settings.value()?.timeZone ?? 'UTC'))),
    canPick: {
      client: auth.can('clients.read'),
      project: auth.can('projects.read'),
      member: auth.can('members.read'),
      team: auth.can('teams.read'),
    },
    clients: computed<FilterOption[]>(() => clientList().map((client) => ({ id: client.id, name: client.name, hint: client.currency }))),
    projectsOf(clientIds: readonly string[]): FilterOption[] {
      return projectList()
        .filter((project) => clientIds.length === 0 || clientIds.includes(project.clientId))
        .map((project) => ({ id: project.id, name: project.name, hint: clientNames().get(project.clientId) }));
    },
    tasksOf(projectIds: readonly string[]): FilterOption[] {
      return projectIds.flatMap((projectId) =>
        byName(tasksByProject().get(projectId) ?? []).map((task) => ({ id: task.id, name: task.name, hint: projectNames().get(projectId) })),
      );
    },
    members: computed<FilterOption[]>(() => byName(value(members)).map((member) => ({ id: member.id, name: member.name, hint: member.email }))),
    teams: computed<FilterOption[]>(() => byName(value(teams)).map((team) => ({ id: team.id, name: team.name }))),
    loadTasks(projectIds: readonly string[]): void {
      for (const projectId of projectIds) {
        if (!tasksByProject().has(projectId) && !loading.has(projectId)) {
          loading.add(projectId);
          void firstValueFrom(api.list<TaskView>(`/projects/${projectId}/tasks`, { pageSize: MAX_PAGE_SIZE }))
            .then((page) => tasksByProject.update((known) => new Map(known).set(projectId, page.items)))
            .catch(() => tasksByProject.update((known) => new Map(known).set(projectId, [])))
            .finally(() => loading.delete(projectId));
        }
      }
    },
    /** The name of a filtered id, for summaries. */
    nameOf(kind: ReportGroupBy, id: string): string | null {
      switch (kind) {
        case 'client':
          return clientNames().get(id) ?? null;
        case 'project':
          return projectNames().get(id) ?? null;
        case 'member':
          return value(members).find((member) => member.id === id)?.name ?? null;
        case 'team':
          return value(teams).find((team) => team.id === id)?.name ?? null;
        case 'task':
          return [...tasksByProject().values()].flat().find((task) => task.id === id)?.name ?? null;
        default:
          return null;
      }
    },
  };
}

export type ReportOptions = ReturnType<typeof createReportOptions>;
