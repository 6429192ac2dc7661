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
import { TeamStatus, TeamView } from '@billing/organisation/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { createListState, PAGE_SIZES } from '../shared/list-state';
import { createMemberOptions } from '../shared/member-options';
import { createRowActions } from '../shared/row-actions';
import { canWrite } from '../setup-access';
import { TeamDialog } from './team-dialog';
import { TeamMembersDialog } from './team-members-dialog';

@Component({
  selector: 'app-teams-page',
  imports: [
    FormsModule,
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
  templateUrl: './teams-page.html',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamsPage {
  private readonly dialog = inject(MatDialog);

  protected readonly canWrite = canWrite(inject(AuthService), 'teams');
  protected readonly status = signal<TeamStatus | ''>('active');
  protected readonly list = createListState<TeamView>(
    () => '/teams',
    () => ({ status: this.status() }),
  );
  protected readonly members = createMemberOptions();
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['name', 'responsibles', 'status', 'actions'];
  private readonly runAction = createRowActions(() => this.list.reload());

  protected setStatus(status: TeamStatus | ''): void {
    this.status.set(status);
    this.list.firstPage();
  }

  protected open(team: TeamView | null): void {
    this.dialog
      .open(TeamDialog, { data: { team }, width: '520px', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved) => saved && this.list.reload());
  }

  protected openMembers(team: TeamView): void {
    this.dialog
      .open(TeamMembersDialog, { data: { team, canWrite: this.canWrite && team.status === 'active' }, width: '760px', maxWidth: '95vw' });
  }

  protected archive(team: TeamView): void {
    void this.runAction({
      path: `/teams/${team.id}/archive`,
      revision: team.revision,
      confirm: {
        title: `Archive ${team.name}?`,
        message: 'Nobody can be moved into an archived team. Its history stays.',
        confirmLabel: 'Archive',
      },
      done: `${team.name} archived`,
    });
  }
}
