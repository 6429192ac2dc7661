import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { PeriodDetailView, ReopenPeriodRequest } from '@billing/closing/contracts';
import { Observable } from 'rxjs';
import { errorMessage } from '../../setup/shared/error-message';
import { FormSubmission } from '../../setup/shared/form-submission';
import { MAX_TEXT_LENGTH, noteRequired, reopenRequest } from '../close-requests';
import { reopenableTeamIds } from '../close-rules';
import { TeamNames } from '../close-text';
import { PeriodChangeDialog, PeriodChangeFrame } from './period-change-dialog';

export interface ReopenDialogData {
  readonly period: PeriodDetailView;
  readonly teamName: TeamNames;
  /** Active teams of the organisation: the ones an organisation-wide close can be reopened for. */
  readonly activeTeamIds: readonly string[];
}

/**
 * Reopens the period with a mandatory reason: as a whole, or for some teams (teams closed on their own, or teams
 * carved out of an organisation-wide close while the rest of the month stays closed).
 */
@Component({
  selector: 'app-reopen-dialog',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, PeriodChangeFrame],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <app-period-change-frame
        [title]="'Reopen ' + month"
        lead="Its entries can be changed again until it is closed anew. The reopening and its reason stay in the period's history."
        [submission]="submission"
        textName="reason"
        textLabel="Reason"
        textHint="Why the closed month must change, e.g. &quot;Late correction of Max's 14 October entry&quot;"
        [textRequired]="true"
        action="Reopen period"
        (reload)="reload()"
      >
        @if (teamChoice.length > 0) {
          <mat-form-field class="full">
            <mat-label>Teams to reopen</mat-label>
            <mat-select formControlName="teamIds" multiple>
              @for (teamId of teamChoice; track teamId) {
                <mat-option [value]="teamId">{{ data.teamName(teamId) }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ teamHint }}</mat-hint>
            <mat-error>{{ message(form.controls.teamIds.errors) }}</mat-error>
          </mat-form-field>
        }
      </app-period-change-frame>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReopenDialog extends PeriodChangeDialog<ReopenDialogData, ReopenPeriodRequest> {
  protected readonly teamChoice = reopenableTeamIds(this.data.period, this.data.activeTeamIds);
  protected readonly teamHint =
    this.data.period.status === 'closed'
      ? 'Leave empty to reopen the whole organisation; teams chosen here open while the rest stays closed'
      : 'Leave empty to reopen every closed team';
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    teamIds: this.fb.control<string[]>([]),
    reason: this.fb.control('', [noteRequired, Validators.maxLength(MAX_TEXT_LENGTH)]),
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly message = errorMessage;

  protected body(): ReopenPeriodRequest {
    return reopenRequest(this.form.controls.teamIds.value, this.form.controls.reason.value);
  }

  protected send(body: ReopenPeriodRequest, revision: number | null, idempotencyKey: string): Observable<PeriodDetailView> {
    return this.api.reopen(this.data.period.key, body, revision, idempotencyKey);
  }
}
