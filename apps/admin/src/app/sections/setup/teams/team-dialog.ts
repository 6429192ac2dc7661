import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TeamView } from '@billing/organisation/contracts';
import { firstValueFrom } from 'rxjs';
import { changedFields } from '../shared/changed-fields';
import { errorMessage } from '../shared/error-message';
import { FormAlerts } from '../shared/form-alerts';
import { FormSubmission } from '../shared/form-submission';
import { MAX_NAME_LENGTH, nameRequired } from '../shared/form-validators';
import { createMemberOptions } from '../shared/member-options';
import { SetupApi } from '../shared/setup-api';

@Component({
  selector: 'app-team-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, FormAlerts],
  template: `
    <h2 mat-dialog-title>{{ team() ? 'Edit team' : 'New team' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-alerts [stale]="submission.stale()" [error]="submission.formError()" (reload)="reload()" />
        <div class="dialog-form">
          <mat-form-field class="full">
            <mat-label>Team name</mat-label>
            <input matInput formControlName="name" maxlength="200" />
            <mat-error>{{ message(form.controls.name.errors) }}</mat-error>
          </mat-form-field>
          <mat-form-field class="full">
            <mat-label>Responsibles</mat-label>
            <mat-select formControlName="responsibleIds" multiple>
              @for (member of members.members(); track member.id) {
                <mat-option [value]="member.id">{{ member.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>They may read and correct the team's time</mat-hint>
            <mat-error>{{ message(form.controls.responsibleIds.errors) }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.pending()">{{ team() ? 'Save' : 'Create team' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamDialog {
  private readonly api = inject(SetupApi);
  private readonly ref = inject<MatDialogRef<TeamDialog, TeamView>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly team = signal(inject<{ team: TeamView | null }>(MAT_DIALOG_DATA).team);
  protected readonly form = this.fb.group({
    name: this.fb.control(this.team()?.name ?? '', [Validators.required, nameRequired, Validators.maxLength(MAX_NAME_LENGTH)]),
    responsibleIds: this.fb.control<string[]>([...(this.team()?.responsibleIds ?? [])]),
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly members = createMemberOptions();
  protected readonly message = errorMessage;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const request = { name: this.form.controls.name.value.trim(), responsibleIds: this.form.controls.responsibleIds.value };
    const existing = this.team();
    const saved = existing
      ? await this.submission.submit(request, () =>
          this.api.update<TeamView>(
            `/teams/${existing.id}`,
            changedFields({ name: existing.name, responsibleIds: existing.responsibleIds }, request),
            existing.revision,
          ),
        )
      : await this.submission.submit(request, (key) => this.api.create<TeamView>('/teams', request, key));
    if (saved) {
      this.ref.close(saved);
    }
  }

  protected async reload(): Promise<void> {
    const existing = this.team();
    if (!existing) {
      return;
    }
    const fresh = await firstValueFrom(this.api.get<TeamView>(`/teams/${existing.id}`));
    this.team.set(fresh);
    this.form.reset({ name: fresh.name, responsibleIds: [...fresh.responsibleIds] });
    this.submission.reset();
  }
}
