import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { HolidayView, ImportHolidaysResult } from '@billing/pace/contracts';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { classifyApiError } from '../../setup/shared/api-error';
import { isDay } from '../../time/shared/local-time';
import { PaceApi } from '../shared/pace-api';
import { PaceContext } from '../shared/pace-context';
import { dayLabel, weekdayLabel } from '../shared/pace-format';
import { importSummary } from './import-summary';

/** The organisation's holidays of a year (`?year=`), with adding, removing and an ICS import for organisation.manage. */
@Component({
  selector: 'app-pace-holidays-page',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  templateUrl: './holidays-page.html',
  styleUrl: '../schedules/pace-editors.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HolidaysPage {
  private readonly api = inject(PaceApi);
  private readonly router = inject(Router);
  protected readonly context = inject(PaceContext);

  readonly year = input<string>();
  protected readonly shownYear = computed(() => {
    const asked = Number(this.year());
    if (Number.isInteger(asked) && asked >= 1900 && asked <= 2999) {
      return asked;
    }
    return Number((this.context.today() ?? new Date().toISOString()).slice(0, 4));
  });

  private readonly calendar = rxResource({ params: () => this.shownYear(), stream: ({ params }) => this.api.holidays(params) });
  protected readonly holidays = computed(() => (this.calendar.hasValue() ? this.calendar.value().holidays : []));
  protected readonly failed = computed(() => this.calendar.status() === 'error');

  protected readonly date = signal('');
  protected readonly name = signal('');
  protected readonly ics = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly imported = signal<string | null>(null);

  protected readonly label = (day: string) => `${weekdayLabel(day)} ${dayLabel(day)}`;

  protected shift(years: number): void {
    void this.router.navigate([], { queryParams: { year: this.shownYear() + years } });
  }

  protected add(): void {
    if (!isDay(this.date()) || this.name().trim() === '') {
      this.problem.set('Enter a date and a name');
      return;
    }
    this.run(this.api.addHoliday({ date: this.date(), name: this.name().trim() }), () => {
      this.date.set('');
      this.name.set('');
    });
  }

  protected remove(holiday: HolidayView): void {
    this.run(this.api.removeHoliday(holiday.date), () => undefined);
  }

  protected async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) {
      this.ics.set(await file.text());
    }
  }

  protected importIcs(): void {
    if (this.ics().trim() === '') {
      this.problem.set('Choose an .ics file or paste its text');
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    this.api.importHolidays({ ics: this.ics(), year: this.shownYear() }).subscribe({
      next: (result: ImportHolidaysResult) => {
        this.busy.set(false);
        this.imported.set(importSummary(result));
        this.ics.set('');
        this.calendar.reload();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private run(request: ReturnType<PaceApi['addHoliday']>, done: () => void): void {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (view) => {
        this.busy.set(false);
        done();
        if (view.year === this.shownYear()) {
          this.calendar.set(view);
        }
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.problem.set(classifyApiError(error).message);
  }
}
