import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { classifyApiError } from '../../setup/shared/api-error';
import { PaceApi } from '../shared/pace-api';
import { dayLabel, hoursLabel } from '../shared/pace-format';
import { hoursFields, scheduleRequest, WEEKDAY_NAMES } from './schedule-form';

/** A member's work schedule: the history of versions, and (with members.manage) a new version from a date. */
@Component({
  selector: 'app-pace-schedule-editor',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './schedule-editor.html',
  styleUrl: './pace-editors.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleEditor {
  private readonly api = inject(PaceApi);

  readonly memberId = input.required<string>();
  readonly canEdit = input(false);
  readonly today = input.required<string>();

  private readonly schedule = rxResource({ params: () => this.memberId(), stream: ({ params }) => this.api.schedule(params) });
  protected readonly view = computed(() => (this.schedule.hasValue() ? this.schedule.value() : null));
  protected readonly failed = computed(() => this.schedule.status() === 'error');
  protected readonly history = computed(() => [...(this.view()?.history ?? [])].reverse());

  protected readonly weekdays = WEEKDAY_NAMES;
  protected readonly validFrom = signal('');
  protected readonly hoursPerDay = signal<string[]>(['8', '8', '8', '8', '8', '0', '0']);
  protected readonly problems = signal<Readonly<Record<string, string>>>({});
  protected readonly saving = signal(false);
  protected readonly saved = signal<string | null>(null);

  protected readonly hours = hoursLabel;
  protected readonly dayLabel = (day: string) => `${dayLabel(day)} ${day.slice(0, 4)}`;

  constructor() {
    // Start the form from the schedule in force, valid from today.
    effect(() => {
      const current = this.view()?.current;
      this.validFrom.set(this.today());
      if (current) {
        this.hoursPerDay.set(hoursFields(current.weekdaySeconds));
      }
    });
  }

  protected setHours(index: number, value: string): void {
    this.hoursPerDay.update((fields) => fields.map((field, at) => (at === index ? value : field)));
  }

  protected save(): void {
    const outcome = scheduleRequest(this.validFrom(), this.hoursPerDay());
    this.saved.set(null);
    if (!outcome.ok) {
      this.problems.set(outcome.problems);
      return;
    }
    this.problems.set({});
    this.saving.set(true);
    this.api.setSchedule(this.memberId(), outcome.request).subscribe({
      next: (view) => {
        this.saving.set(false);
        this.schedule.set(view);
        this.saved.set(`Schedule saved from ${this.dayLabel(outcome.request.validFrom)}`);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set({ form: classifyApiError(error).message });
      },
    });
  }
}
