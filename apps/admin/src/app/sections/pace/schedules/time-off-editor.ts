import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TimeOffView } from '@billing/pace/contracts';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { classifyApiError } from '../../setup/shared/api-error';
import { PaceApi } from '../shared/pace-api';
import { dayLabel, hoursLabel } from '../shared/pace-format';
import { timeOffRequest } from './schedule-form';

/** A member's time off (full days or hours per day), and with members.manage recording and cancelling it. */
@Component({
  selector: 'app-pace-time-off-editor',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  templateUrl: './time-off-editor.html',
  styleUrl: './pace-editors.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeOffEditor {
  private readonly api = inject(PaceApi);

  readonly memberId = input.required<string>();
  readonly canEdit = input(false);

  private readonly list = rxResource({ params: () => this.memberId(), stream: ({ params }) => this.api.timeOff(params) });
  protected readonly items = computed(() => (this.list.hasValue() ? [...this.list.value().items].sort((a, b) => b.from.localeCompare(a.from)) : []));
  protected readonly failed = computed(() => this.list.status() === 'error');

  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly fullDays = signal(true);
  protected readonly hoursPerDay = signal('4');
  protected readonly note = signal('');
  protected readonly problems = signal<Readonly<Record<string, string>>>({});
  protected readonly busy = signal(false);

  protected readonly dayLabel = (day: string) => `${dayLabel(day)} ${day.slice(0, 4)}`;

  protected extent(item: TimeOffView): string {
    return item.secondsPerDay === null ? 'Full days' : `${hoursLabel(item.secondsPerDay)} a day`;
  }

  protected record(): void {
    const outcome = timeOffRequest({ from: this.from(), to: this.to(), fullDays: this.fullDays(), hoursPerDay: this.hoursPerDay(), note: this.note() });
    if (!outcome.ok) {
      this.problems.set(outcome.problems);
      return;
    }
    this.problems.set({});
    this.busy.set(true);
    this.api.recordTimeOff(this.memberId(), outcome.request).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.list.set(view);
        this.from.set('');
        this.to.set('');
        this.note.set('');
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected cancel(item: TimeOffView): void {
    this.busy.set(true);
    this.api.cancelTimeOff(this.memberId(), item.id).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.list.set(view);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.problems.set({ form: classifyApiError(error).message });
  }
}
