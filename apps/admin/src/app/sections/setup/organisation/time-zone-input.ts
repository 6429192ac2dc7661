import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { errorMessage } from '../shared/error-message';

/** Every IANA zone the browser knows, e.g. Europe/Berlin. */
const TIME_ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

/** Picks an IANA time zone by typing any part of its name ("berl", "new_y", "york"). */
@Component({
  selector: 'app-time-zone-input',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field class="full-width">
      <mat-label>Time zone</mat-label>
      <input matInput [formControl]="control()" [matAutocomplete]="zones" autocomplete="off" (input)="filter.set($any($event.target).value)" />
      <mat-autocomplete #zones="matAutocomplete">
        @for (zone of matches(); track zone) {
          <mat-option [value]="zone">{{ zone }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>Days and months are counted in it</mat-hint>
      <mat-error>{{ message(control()) }}</mat-error>
    </mat-form-field>
  `,
  styles: `:host { display: block; } .full-width { width: 100%; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeZoneInput {
  readonly control = input.required<FormControl<string>>();
  protected readonly filter = signal('');
  protected readonly matches = computed(() => {
    const text = this.filter().trim().toLowerCase().replace(/\s+/g, '_');
    return TIME_ZONES.filter((zone) => zone.toLowerCase().includes(text)).slice(0, 50);
  });
  protected message(control: FormControl<string>): string {
    return errorMessage(control.errors);
  }
}
