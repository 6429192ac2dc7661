import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ClosePeriodRequest, PeriodDetailView } from '@billing/closing/contracts';
import { Observable } from 'rxjs';
import { FormSubmission } from '../../setup/shared/form-submission';
import { closeRequest, MAX_TEXT_LENGTH, noteRequired } from '../close-requests';
import { PeriodChangeDialog, PeriodChangeFrame } from './period-change-dialog';

export interface CloseDialogData {
  readonly period: PeriodDetailView;
  /** Empty: organisation-wide. */
  readonly teamIds: readonly string[];
  /** `organisation-wide` or `for Delivery`. */
  readonly scope: string;
  /** Open findings on the checklist the person reviewed; the server checks again when closing. */
  readonly openFindings: number;
}

/** Closes the period for the reviewed scope; with open findings a note is required (the API's 400 lands on it too). */
@Component({
  selector: 'app-close-dialog',
  imports: [ReactiveFormsModule, PeriodChangeFrame],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <app-period-change-frame
        [title]="'Close ' + month + ' ' + data.scope"
        [lead]="lead"
        [submission]="submission"
        textName="note"
        [textLabel]="data.openFindings > 0 ? 'Note (required)' : 'Note (optional)'"
        textHint="Kept in the period's history"
        action="Close period"
        (reload)="reload()"
      >
        @if (data.openFindings > 0) {
          <div notice class="form-alert conflict" role="status">
            <span class="form-alert-text">
              The checklist has {{ data.openFindings }} open finding{{ data.openFindings === 1 ? '' : 's' }}. To close anyway, say why in a note.
            </span>
          </div>
        }
      </app-period-change-frame>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseDialog extends PeriodChangeDialog<CloseDialogData, ClosePeriodRequest> {
  protected readonly lead =
    `Entries of ${this.month}${this.data.teamIds.length ? ' of these teams' : ''} can no longer be created, edited or deleted once it is closed, ` +
    'by anyone. The checklist as it is now is kept with the close.';
  protected readonly form = inject(NonNullableFormBuilder).group({
    note: ['', [Validators.maxLength(MAX_TEXT_LENGTH), ...(this.data.openFindings > 0 ? [noteRequired] : [])]],
  });
  protected readonly submission = new FormSubmission(this.form);

  protected body(): ClosePeriodRequest {
    return closeRequest(this.data.teamIds, this.form.controls.note.value);
  }

  protected send(body: ClosePeriodRequest, revision: number | null, idempotencyKey: string): Observable<PeriodDetailView> {
    return this.api.close(this.data.period.key, body, revision, idempotencyKey);
  }
}
