import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { STALE_MESSAGE } from './api-error';

/** Above a form: the stale-revision conflict with its reload action, and form-level errors. */
@Component({
  selector: 'app-form-alerts',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (stale()) {
      <div class="form-alert conflict" role="alert">
        <mat-icon svgIcon="sync_problem" />
        <span class="form-alert-text">{{ staleMessage }}</span>
        <button mat-stroked-button type="button" (click)="reload.emit()">Reload</button>
      </div>
    }
    @if (error(); as message) {
      <div class="form-alert" role="alert">
        <mat-icon svgIcon="error" />
        <span class="form-alert-text">{{ message }}</span>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlerts {
  readonly stale = input(false);
  readonly error = input<string | null>(null);
  readonly reload = output<void>();
  protected readonly staleMessage = STALE_MESSAGE;
}
