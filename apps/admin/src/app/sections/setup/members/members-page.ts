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
import { MEMBER_ROLE_NAMES, MemberRoleName, MemberStatus, MemberView } from '@billing/organisation/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { createListState, PAGE_SIZES } from '../shared/list-state';
import { createRowActions } from '../shared/row-actions';
import { canWrite } from '../setup-access';
import { MemberDialog } from './member-dialog';
import { createTeamNames } from './team-names';

@Component({
  selector: 'app-members-page',
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
  templateUrl: './members-page.html',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MembersPage {
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthService);

  protected readonly canWrite = canWrite(this.auth, 'members');
  protected readonly status = signal<MemberStatus | ''>('active');
  protected readonly role = signal<MemberRoleName | ''>('');
  protected readonly list = createListState<MemberView>(
    () => '/members',
    () => ({ status: this.status(), role: this.role() }),
  );
  protected readonly teams = createTeamNames();
  protected readonly roles = MEMBER_ROLE_NAMES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['name', 'email', 'roles', 'team', 'status', 'actions'];
  private readonly runAction = createRowActions(() => this.list.reload());

  protected setStatus(status: MemberStatus | ''): void {
    this.status.set(status);
    this.list.firstPage();
  }

  protected setRole(role: MemberRoleName | ''): void {
    this.role.set(role);
    this.list.firstPage();
  }

  protected isMe(member: MemberView): boolean {
    return member.id === this.auth.user()?.memberId;
  }

  protected open(member: MemberView | null): void {
    this.dialog
      .open(MemberDialog, { data: { member }, width: '600px', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved) => saved && this.list.reload());
  }

  protected deactivate(member: MemberView): void {
    void this.runAction({
      path: `/members/${member.id}/deactivate`,
      revision: member.revision,
      confirm: {
        title: `Deactivate ${member.name}?`,
        message: 'They can no longer sign in or track time. Their history stays, and you can reactivate them later.',
        confirmLabel: 'Deactivate',
      },
      done: `${member.name} deactivated`,
    });
  }

  protected reactivate(member: MemberView): void {
    void this.runAction({ path: `/members/${member.id}/reactivate`, revision: member.revision, done: `${member.name} is active again` });
  }
}
