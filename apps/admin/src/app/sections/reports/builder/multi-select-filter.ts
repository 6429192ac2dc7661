import { ChangeDetectionStrategy, Component, computed, input, model, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { FilterOption } from '../shared/report-options';

/** A multi-select with a search box at the top of its panel; options that do not match are hidden, not removed. */
@Component({
  selector: 'app-multi-select-filter',
  imports: [MatFormFieldModule, MatSelectModule],
  template: `
    <mat-form-field class="multi-field" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-select multiple [value]="selected()" (valueChange)="selected.set($event)" (openedChange)="search.set('')" [disabled]="options().length === 0 && selected().length === 0">
        <mat-select-trigger>{{ summary() }}</mat-select-trigger>
        <div class="select-search">
          <input
            type="search"
            [attr.aria-label]="'Search ' + label().toLowerCase()"
            placeholder="Search…"
            [value]="search()"
            (input)="search.set($any($event.target).value)"
            (keydown)="$event.stopPropagation()"
          />
        </div>
        @for (option of options(); track option.id) {
          <mat-option [value]="option.id" [class.hidden-option]="!matches(option)">
            {{ option.name }}
            @if (option.hint) {
              <span class="option-hint">{{ option.hint }}</span>
            }
          </mat-option>
        }
        @if (visibleCount() === 0) {
          <div class="no-match">{{ options().length === 0 ? emptyText() : 'No match' }}</div>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
    .multi-field { width: var(--multi-width, 180px); }
    .select-search { position: sticky; top: 0; z-index: 1; padding: 8px 12px; background: var(--mat-sys-surface-container); border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .select-search input { width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid var(--mat-sys-outline-variant); border-radius: var(--mat-sys-corner-extra-small); font: var(--mat-sys-body-medium); background: var(--mat-sys-surface); color: inherit; }
    .hidden-option { display: none; }
    .option-hint { margin-left: 8px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .no-match { padding: 12px 16px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MultiSelectFilter {
  readonly label = input.required<string>();
  readonly options = input.required<readonly FilterOption[]>();
  readonly emptyText = input('Nothing to choose');
  readonly selected = model<readonly string[]>([]);

  protected readonly search = signal('');
  protected readonly summary = computed(() => {
    const chosen = this.selected();
    const first = this.options().find((option) => option.id === chosen[0])?.name ?? `${chosen.length} selected`;
    return chosen.length > 1 ? `${first} +${chosen.length - 1}` : first;
  });
  protected readonly visibleCount = computed(() => this.options().filter((option) => this.matches(option)).length);

  protected matches(option: FilterOption): boolean {
    const text = this.search().trim().toLowerCase();
    return text === '' || option.name.toLowerCase().includes(text) || (option.hint ?? '').toLowerCase().includes(text);
  }
}
