import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { MAX_PAGE_SIZE, MilestoneView, ProjectView, TaskView } from '@billing/organisation/contracts';
import { AuthService } from '../../../../core/auth/auth.service';
import { formatHours } from '../../shared/hours-text';
import { createMemberOptions } from '../../shared/member-options';
import { formatMoney } from '../../shared/money-text';
import { createOrganisationDefaults } from '../../shared/organisation-defaults';
import { createRowActions } from '../../shared/row-actions';
import { SetupApi } from '../../shared/setup-api';
import { describeRounding } from '../../shared/time-rounding-form';
import { canWrite } from '../../setup-access';
import { billingModelSummary } from '../billing-model-summary';
import { createClientOptions } from '../client-options';
import { availableProjectActions, PROJECT_ACTION_LABELS, projectAction, ProjectActionName } from '../project-actions';
import { ProjectDialog, ProjectDialogData } from '../project-dialog';
import { MilestoneDialog, MilestoneDialogData } from './milestone-dialog';
import { TaskDialog, TaskDialogData } from './task-dialog';

@Component({
  selector: 'app-project-detail-page',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, MatProgressBarModule, MatTableModule, RouterLink],
  templateUrl: './project-detail-page.html',
  styleUrl: './project-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectDetailPage {
  private readonly api = inject(SetupApi);
  private readonly dialog = inject(MatDialog);
  private readonly defaults = createOrganisationDefaults();

  /** Bound from the route. */
  readonly projectId = input.required<string>();

  private readonly reloads = signal(0);
  private readonly projectResource = rxResource({
    params: () => ({ id: this.projectId(), reload: this.reloads() }),
    stream: ({ params }) => this.api.get<ProjectView>(`/projects/${params.id}`),
  });
  private readonly tasksResource = rxResource({
    params: () => ({ id: this.projectId(), reload: this.reloads() }),
    stream: ({ params }) => this.api.list<TaskView>(`/projects/${params.id}/tasks`, { pageSize: MAX_PAGE_SIZE }),
  });
  private readonly milestonesResource = rxResource({
    params: () => ({ id: this.projectId(), reload: this.reloads() }),
    stream: ({ params }) => this.api.list<MilestoneView>(`/projects/${params.id}/milestones`, { pageSize: MAX_PAGE_SIZE }),
  });

  protected readonly project = computed(() => (this.projectResource.hasValue() ? this.projectResource.value() : undefined));
  protected readonly failed = computed(() => this.projectResource.status() === 'error');
  protected readonly loading = computed(() => this.projectResource.isLoading() || this.tasksResource.isLoading() || this.milestonesResource.isLoading());
  protected readonly tasks = computed(() => (this.tasksResource.hasValue() ? this.tasksResource.value().items : []));
  protected readonly milestones = computed(() => (this.milestonesResource.hasValue() ? this.milestonesResource.value().items : []));
  protected readonly milestoneTotal = computed(() => this.milestones().reduce((sum, milestone) => sum + milestone.amount.amountMinor, 0));
  protected readonly isFixedFee = computed(() => this.project()?.billingModel.kind === 'fixed_fee');

  protected readonly canWrite = canWrite(inject(AuthService), 'projects');
  protected readonly clients = createClientOptions('all');
  protected readonly members = createMemberOptions();
  protected readonly summary = billingModelSummary;
  protected readonly hours = formatHours;
  protected readonly money = formatMoney;
  protected readonly rounding = describeRounding;
  protected readonly actionsOf = availableProjectActions;
  protected readonly actionLabels = PROJECT_ACTION_LABELS;
  protected readonly taskColumns = ['name', 'estimate', 'billable', 'status', 'actions'];
  protected readonly milestoneColumns = ['name', 'dueDate', 'amount', 'status', 'actions'];
  private readonly runAction = createRowActions(() => this.reload());

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }

  protected edit(project: ProjectView): void {
    const data: ProjectDialogData = { project, defaultRounding: this.defaults.settings()?.defaultTimeRounding ?? { mode: 'none' } };
    this.dialog
      .open(ProjectDialog, { data, width: '760px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => saved && this.reload());
  }

  protected run(project: ProjectView, action: ProjectActionName): void {
    void this.runAction(projectAction(project, action));
  }

  protected openTask(project: ProjectView, task: TaskView | null): void {
    const data: TaskDialogData = { project, task };
    this.dialog
      .open(TaskDialog, { data, width: '520px' })
      .afterClosed()
      .subscribe((result) => result && this.reload());
  }

  protected archiveTask(project: ProjectView, task: TaskView): void {
    void this.runAction({
      path: `/projects/${project.id}/tasks/${task.id}/archive`,
      revision: project.revision,
      confirm: { title: `Archive task ${task.name}?`, message: 'No new time can be tracked on it. Its history stays.', confirmLabel: 'Archive' },
      done: `Task ${task.name} archived`,
    });
  }

  protected openMilestone(project: ProjectView, milestone: MilestoneView | null): void {
    const data: MilestoneDialogData = { project, milestone };
    this.dialog
      .open(MilestoneDialog, { data, width: '520px' })
      .afterClosed()
      .subscribe((result) => result && this.reload());
  }

  protected completeMilestone(project: ProjectView, milestone: MilestoneView): void {
    void this.runAction({
      path: `/projects/${project.id}/milestones/${milestone.id}/complete`,
      revision: project.revision,
      confirm: {
        title: `Complete ${milestone.name}?`,
        message: 'A completed milestone is ready to bill and can no longer be changed.',
        confirmLabel: 'Complete',
      },
      done: `${milestone.name} completed`,
    });
  }
}
