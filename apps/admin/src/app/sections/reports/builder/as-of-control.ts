import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { asOfInstant, localInputValue } from './as-of-instant';

/** "View as of": picks a past date and time (browser zone) and emits it as an instant, or null for the live report. */
@Component({
  selector: 'app-as-of-control',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  template: `
    @if (editing()) {
      <mat-form-field class="as-of-field" subscriptSizing="dynamic">
        <mat-label>View as of</mat-label>
        <input matInput type="datetime-local" step="1" [max]="maxValue()" [value]="draft()" (input)="draft.set($any($event.target).value)" />
        @if (draft() && !instant()) {
          <mat-error>A past date and time</mat-error>
        }
      </mat-form-field>
      <button mat-flat-button type="button" [disabled]="!instant()" (click)="apply()">Show</button>
      <button mat-button type="button" (click)="editing.set(false)">Cancel</button>
    } @else {
      <button mat-stroked-button type="button" (click)="start()"><mat-icon svgIcon="history" />View as of…</button>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 8px;
    }
    .as-of-field {
      width: 240px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AsOfControl {
  /** The instant shown now, if the view is historical. */
  readonly asOf = input<string | null>(null);
  readonly asOfChange = output<string | null>();

  protected readonly editing = signal(false);
  protected readonly draft = signal('');
  protected readonly maxValue = signal(localInputValue(Date.now()));
  protected readonly instant = computed(() => asOfInstant(this.draft(), Date.now()));

  protected start(): void {
    const current = this.asOf();
    this.maxValue.set(localInputValue(Date.now()));
    this.draft.set(localInputValue(current ? Date.parse(current) : Date.now()));
    this.editing.set(true);
  }

  protected apply(): void {
    const instant = this.instant();
    if (instant) {
      this.editing.set(false);
      this.asOfChange.emit(instant);
    }
  }
}
