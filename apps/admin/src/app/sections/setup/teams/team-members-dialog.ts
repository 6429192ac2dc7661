import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MemberTeamHistoryView, MoveMemberRequest, TeamMembersOnDate, TeamMemberView, TeamView } from '@billing/organisation/contracts';
import { errorMessage } from '../shared/error-message';
import { FormAlerts } from '../shared/form-alerts';
import { FormSubmission } from '../shared/form-submission';
import { createMemberOptions } from '../shared/member-options';
import { SetupApi } from '../shared/setup-api';
import { createTeamNames } from '../members/team-names';
import { todayIso } from './today';

const NO_TEAM = '';

/**
 * Who is in a team on a given date, and effective-dated moves: add a member from a date on, or move one to another
 * team (or to none) from a date on. Back-dated moves correct history.
 */
@Component({
  selector: 'app-team-members-dialog',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    FormAlerts,
  ],
  templateUrl: './team-members-dialog.html',
  styleUrl: './team-members-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamMembersDialog {
  private readonly api = inject(SetupApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly data = inject<{ team: TeamView; canWrite: boolean }>(MAT_DIALOG_DATA);

  protected readonly on = signal(todayIso());
  private readonly reloads = signal(0);
  private readonly resource = rxResource({
    params: () => ({ on: this.on(), reload: this.reloads() }),
    stream: ({ params }) => this.api.get<TeamMembersOnDate>(`/teams/${this.data.team.id}/members`, { on: params.on }),
  });
  protected readonly rows = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  protected readonly members = createMemberOptions();
  protected readonly teams = createTeamNames();
  protected readonly otherTeams = computed(() => this.teams.active().filter((team) => team.id !== this.data.team.id));
  protected readonly columns = ['name', 'from', 'until', 'actions'];
  protected readonly noTeam = NO_TEAM;
  protected readonly message = errorMessage;

  /** Which member is being moved out (null: the form adds someone to this team). */
  protected readonly moving = signal<TeamMemberView | null>(null);
  protected readonly form = this.fb.group({
    memberId: this.fb.control('', Validators.required),
    teamId: this.fb.control<string>(this.data.team.id),
    from: this.fb.control(todayIso(), [Validators.required, Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)]),
  });
  protected readonly submission = new FormSubmission(this.form, { aliases: { teamId: 'teamId' } });

  protected setDate(on: string): void {
    if (/^\d{4}-\d{2}-\d{2}$/.test(on)) {
      this.on.set(on);
    }
  }

  protected startAdd(): void {
    this.moving.set(null);
    this.form.reset({ memberId: '', teamId: this.data.team.id, from: todayIso() });
  }

  protected startMove(row: TeamMemberView): void {
    this.moving.set(row);
    this.form.reset({ memberId: row.memberId, teamId: NO_TEAM, from: todayIso() });
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const { memberId, teamId, from } = this.form.getRawValue();
    const request: MoveMemberRequest = { teamId: teamId === NO_TEAM ? null : teamId, from };
    const moved = await this.submission.submit({ memberId, ...request }, (key) =>
      this.api.action<MemberTeamHistoryView>(`/members/${memberId}/team-moves`, request, null, key),
    );
    if (moved) {
      this.startAdd();
      this.reloads.update((count) => count + 1);
    }
  }

  protected reload(): void {
    this.submission.reset();
    this.reloads.update((count) => count + 1);
  }
}
