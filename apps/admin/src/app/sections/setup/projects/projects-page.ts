import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { BillingModelKind, ProjectStatusName, ProjectView } from '@billing/organisation/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { formatHours } from '../shared/hours-text';
import { createListState, PAGE_SIZES } from '../shared/list-state';
import { createOrganisationDefaults } from '../shared/organisation-defaults';
import { createRowActions } from '../shared/row-actions';
import { canWrite } from '../setup-access';
import { billingModelSummary } from './billing-model-summary';
import { createClientOptions } from './client-options';
import { availableProjectActions, PROJECT_ACTION_LABELS, projectAction, ProjectActionName } from './project-actions';
import { ProjectDialog, ProjectDialogData } from './project-dialog';

@Component({
  selector: 'app-projects-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  templateUrl: './projects-page.html',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectsPage {
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly defaults = createOrganisationDefaults();

  protected readonly canWrite = canWrite(inject(AuthService), 'projects');
  protected readonly status = signal<ProjectStatusName | ''>('active');
  protected readonly billingModel = signal<BillingModelKind | ''>('');
  protected readonly list = createListState<ProjectView>(
    () => '/projects',
    () => ({ status: this.status(), billingModel: this.billingModel() }),
  );
  protected readonly clients = createClientOptions('all');
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['name', 'client', 'billing', 'estimate', 'status', 'actions'];
  protected readonly summary = billingModelSummary;
  protected readonly hours = formatHours;
  protected readonly actionsOf = availableProjectActions;
  protected readonly actionLabels = PROJECT_ACTION_LABELS;
  private readonly runAction = createRowActions(() => this.list.reload());

  protected setStatus(status: ProjectStatusName | ''): void {
    this.status.set(status);
    this.list.firstPage();
  }

  protected setBillingModel(kind: BillingModelKind | ''): void {
    this.billingModel.set(kind);
    this.list.firstPage();
  }

  protected open(project: ProjectView | null): void {
    const data: ProjectDialogData = { project, defaultRounding: this.defaults.settings()?.defaultTimeRounding ?? { mode: 'none' } };
    this.dialog
      .open(ProjectDialog, { data, width: '760px', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved?: ProjectView) => {
        if (saved && !project) {
          void this.router.navigate(['/setup/projects', saved.id]);
        } else if (saved) {
          this.list.reload();
        }
      });
  }

  protected run(project: ProjectView, action: ProjectActionName): void {
    void this.runAction(projectAction(project, action));
  }
}
