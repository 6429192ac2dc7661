import { ChangeDetectionStrategy, Component, Directive, inject, input, output, signal } from '@angular/core';
import { ControlContainer, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PeriodDetailView } from '@billing/closing/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { ENCLOSING_FORM } from '../../setup/shared/enclosing-form';
import { errorMessage } from '../../setup/shared/error-message';
import { FormAlerts } from '../../setup/shared/form-alerts';
import { FormSubmission } from '../../setup/shared/form-submission';
import { CloseApi } from '../close-api';
import { MAX_TEXT_LENGTH } from '../close-requests';
import { monthLabel } from '../close-text';

/**
 * The frame of a dialog that changes a period's status: title, alerts, lead, the projected fields, the note or
 * reason kept in the period's history, Cancel and the action. Sits inside the dialog's form and binds to it.
 */
@Component({
  selector: 'app-period-change-frame',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FormAlerts],
  viewProviders: ENCLOSING_FORM,
  template: `
    <h2 mat-dialog-title>{{ title() }}</h2>
    <mat-dialog-content>
      <app-form-alerts [stale]="submission().stale()" [error]="submission().formError()" (reload)="reload.emit()" />
      <p class="dialog-lead">{{ lead() }}</p>
      <ng-content select="[notice]" />
      <div class="dialog-form">
        <ng-content />
        <mat-form-field class="full">
          <mat-label>{{ textLabel() }}</mat-label>
          <textarea matInput [formControlName]="textName()" rows="3" [maxlength]="maxLength" [required]="textRequired()"></textarea>
          <mat-hint>{{ textHint() }}</mat-hint>
          <mat-error>{{ message(container.control?.get(textName())?.errors) }}</mat-error>
        </mat-form-field>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="submit" [disabled]="submission().pending()">{{ action() }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .dialog-lead { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodChangeFrame {
  readonly title = input.required<string>();
  readonly lead = input.required<string>();
  readonly submission = input.required<FormSubmission>();
  /** The form control of the note or reason. */
  readonly textName = input.required<string>();
  readonly textLabel = input.required<string>();
  readonly textHint = input.required<string>();
  readonly textRequired = input(false);
  /** The submit button's label. */
  readonly action = input.required<string>();
  readonly reload = output();
  protected readonly container = inject(ControlContainer);
  protected readonly maxLength = MAX_TEXT_LENGTH;
  protected readonly message = errorMessage;
}

/**
 * What closing and reopening share: the period's revision sent as If-Match (refreshed by a reload after a conflict),
 * the form checked before sending, and the dialog closed with the period as the server answered.
 */
@Directive()
export abstract class PeriodChangeDialog<Data extends { readonly period: PeriodDetailView }, Body> {
  protected readonly api = inject(CloseApi);
  private readonly ref = inject<MatDialogRef<unknown, PeriodDetailView>>(MatDialogRef);
  protected readonly data = inject<Data>(MAT_DIALOG_DATA);
  private readonly revision = signal(this.data.period.revision);
  protected readonly month = monthLabel(this.data.period.key);
  protected abstract readonly form: FormGroup;
  protected abstract readonly submission: FormSubmission;

  /** The request body from the valid form. */
  protected abstract body(): Body;
  protected abstract send(body: Body, revision: number | null, idempotencyKey: string): Observable<PeriodDetailView>;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      return;
    }
    const body = this.body();
    const changed = await this.submission.submit(body, (key) => this.send(body, this.revision(), key));
    if (changed) {
      this.ref.close(changed);
    }
  }

  protected async reload(): Promise<void> {
    const fresh = await firstValueFrom(this.api.period(this.data.period.key));
    this.revision.set(fresh.revision);
    this.submission.reset();
  }
}
