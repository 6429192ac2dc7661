import { computed, inject, Injectable, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, OrganisationSettingsView, ProjectView, TaskView } from '@billing/organisation/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { SetupApi } from '../../setup/shared/setup-api';
import { dayInZone, isoWeekOf } from './local-time';

/**
 * What every Time screen needs: the organisation's time zone, the projects (to pick and to name), their tasks
 * (loaded per project on demand), and a change counter the screens reload on after the timer or an entry
 * changed. Provided by the Time routes, so it lives as long as the person stays in the section.
 */
@Injectable()
export class TimeContext {
  private readonly api = inject(SetupApi);
  private readonly auth = inject(AuthService);
  private readonly settings = rxResource({ stream: () => this.api.get<OrganisationSettingsView>('/organisation') });
  private readonly projectList = rxResource({ stream: () => this.api.list<ProjectView>('/projects', { pageSize: MAX_PAGE_SIZE }) });
  private readonly taskLists = signal<ReadonlyMap<string, readonly TaskView[]>>(new Map());
  private readonly loadingTasks = new Set<string>();
  private readonly changes = signal(0);

  /** The organisation's IANA zone; null until it is known. */
  readonly timeZone = computed(() => (this.settings.hasValue() ? this.settings.value().timeZone : null));
  readonly projects = computed(() => (this.projectList.hasValue() ? this.projectList.value().items : []));
  private readonly projectsById = computed(() => new Map(this.projects().map((project) => [project.id, project])));
  /** Active projects the signed-in person may log time on. */
  readonly pickableProjects = computed(() => {
    const memberId = this.auth.user()?.memberId;
    const anyone = this.auth.can('time.write.any');
    return this.projects()
      .filter((project) => project.status === 'active' && (anyone || !memberId || project.memberIds.includes(memberId)))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
  /** Bumped after any write: lists, the grid and the timer reload. */
  readonly version = this.changes.asReadonly();

  changed(): void {
    this.changes.update((count) => count + 1);
  }

  today(zone: string, now = Date.now()): string {
    return dayInZone(now, zone);
  }

  thisWeek(zone: string, now = Date.now()): string {
    return isoWeekOf(dayInZone(now, zone));
  }

  projectName(projectId: string): string {
    return this.projectsById().get(projectId)?.name ?? 'Unknown project';
  }

  project(projectId: string): ProjectView | undefined {
    return this.projectsById().get(projectId);
  }

  /** The project's tasks (archived included, for names); empty until loaded with `loadTasks`. */
  tasksOf(projectId: string | null | undefined): readonly TaskView[] {
    return projectId ? (this.taskLists().get(projectId) ?? []) : [];
  }

  taskName(projectId: string, taskId: string | null): string | null {
    if (!taskId) {
      return null;
    }
    return this.tasksOf(projectId).find((task) => task.id === taskId)?.name ?? '…';
  }

  /** `Acme Support · Bug fixing`, or just the project. */
  lineLabel(projectId: string, taskId: string | null): string {
    const task = this.taskName(projectId, taskId);
    return task ? `${this.projectName(projectId)} · ${task}` : this.projectName(projectId);
  }

  loadTasks(projectIds: Iterable<string | null | undefined>): void {
    for (const projectId of projectIds) {
      if (projectId && !this.taskLists().has(projectId) && !this.loadingTasks.has(projectId)) {
        this.loadingTasks.add(projectId);
        void firstValueFrom(this.api.list<TaskView>(`/projects/${projectId}/tasks`, { pageSize: MAX_PAGE_SIZE }))
          .then((page) => this.taskLists.update((lists) => new Map(lists).set(projectId, page.items)))
          .catch(() => this.taskLists.update((lists) => new Map(lists).set(projectId, [])))
          .finally(() => this.loadingTasks.delete(projectId));
      }
    }
  }
}
