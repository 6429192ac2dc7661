import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { catchError, forkJoin, map, of } from 'rxjs';
import { classifyApiError } from '../../setup/shared/api-error';
import { daysOfWeek, isoWeekOf, mondayOfWeek, shiftWeek } from '../../time/shared/local-time';
import { PaceApi } from '../shared/pace-api';
import { PaceContext } from '../shared/pace-context';
import { dayLabel, hoursLabel, weekdayLabel } from '../shared/pace-format';
import { holidaysBetween } from '../shared/pace-lookups';
import { remindOutcomeText } from '../shared/remind-text';
import { buildMemberWeek } from './member-week';

/** One member's ISO week (`?week=2026-W11`, default this week): per day scheduled, expected, tracked and missing. */
@Component({
  selector: 'app-pace-member-week-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink],
  templateUrl: './member-week-page.html',
  styleUrl: './member-week-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberWeekPage {
  private readonly api = inject(PaceApi);
  private readonly router = inject(Router);
  protected readonly context = inject(PaceContext);

  /** Route parameter and query string. */
  readonly memberId = input.required<string>();
  readonly week = input<string>();

  protected readonly shownWeek = computed(() => {
    const asked = this.week();
    if (asked && mondayOfWeek(asked)) {
      return asked;
    }
    const today = this.context.today();
    return today ? isoWeekOf(today) : null;
  });
  protected readonly days = computed(() => {
    const week = this.shownWeek();
    return week ? daysOfWeek(week) : [];
  });

  private readonly data = rxResource({
    params: () => {
      const days = this.days();
      const today = this.context.today();
      return days.length && today ? { memberId: this.memberId(), from: days[0] as string, to: days[6] as string, today } : undefined;
    },
    stream: ({ params }) =>
      forkJoin({
        view: this.api.pace({ scope: 'member', id: params.memberId, from: params.from, to: params.to, rollup: 'day' }),
        schedule: this.api.schedule(params.memberId).pipe(catchError(() => of(null))),
        timeOff: this.api.timeOff(params.memberId).pipe(
          map((list) => list.items),
          catchError(() => of([])),
        ),
        holidays: holidaysBetween(this.api, params.from, params.to),
      }).pipe(
        map(({ view, schedule, timeOff, holidays }) => ({
          name: view.members[0]?.name ?? null,
          schedule,
          week: buildMemberWeek(this.days(), view, schedule?.history ?? [], { today: params.today, holidays, timeOff }),
        })),
      ),
  });
  protected readonly loading = this.data.isLoading;
  protected readonly failed = computed(() => this.data.status() === 'error');
  protected readonly value = computed(() => (this.data.hasValue() ? this.data.value() : null));
  protected readonly name = computed(() => this.value()?.name ?? 'This member');
  protected readonly isOwnWeek = computed(() => this.context.memberId() === this.memberId());

  protected readonly reminding = signal(false);
  protected readonly remindOutcome = signal<string | null>(null);
  protected readonly remindProblem = signal<string | null>(null);

  protected readonly dayLabel = dayLabel;
  protected readonly weekdayLabel = weekdayLabel;
  protected readonly hours = hoursLabel;
  protected readonly rangeLabel = computed(() => {
    const days = this.days();
    return days.length ? `${dayLabel(days[0] as string)} – ${dayLabel(days[6] as string)} ${(days[6] as string).slice(0, 4)}` : '';
  });

  protected shift(weeks: number): void {
    const week = this.shownWeek();
    if (week) {
      void this.router.navigate([], { queryParams: { week: shiftWeek(week, weeks) }, queryParamsHandling: 'merge' });
    }
  }

  protected remind(): void {
    this.reminding.set(true);
    this.remindOutcome.set(null);
    this.remindProblem.set(null);
    this.api.remind(this.memberId()).subscribe({
      next: (result) => {
        this.reminding.set(false);
        this.remindOutcome.set(remindOutcomeText(this.name(), result));
      },
      error: (error: unknown) => {
        this.reminding.set(false);
        this.remindProblem.set(classifyApiError(error).message);
      },
    });
  }
}
