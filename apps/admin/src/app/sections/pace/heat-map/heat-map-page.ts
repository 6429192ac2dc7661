import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { isDay, isoWeekOf } from '../../time/shared/local-time';
import { PaceApi } from '../shared/pace-api';
import { PaceContext } from '../shared/pace-context';
import { dayLabel, hoursLabel, monthStart, weekdayLabel } from '../shared/pace-format';
import { holidaysBetween, timeOffOf } from '../shared/pace-lookups';
import { buildHeatMap, HeatCell } from './heat-map';
import { HeatMapLegend } from './heat-map-legend';

/** Time off is looked up per member; beyond this many rows the map shows days off without telling why. */
const MAX_TIME_OFF_LOOKUPS = 60;

/** Members x days for a team (or everyone in reach), month to date unless `?from=&to=` say otherwise. */
@Component({
  selector: 'app-pace-heat-map-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, RouterLink, HeatMapLegend],
  templateUrl: './heat-map-page.html',
  styleUrl: './heat-map-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeatMapPage {
  private readonly api = inject(PaceApi);
  private readonly router = inject(Router);
  protected readonly context = inject(PaceContext);

  /** Query string: a team id (blank: everyone in reach), and the range. */
  readonly team = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly range = computed(() => {
    const today = this.context.today();
    if (!today) {
      return null;
    }
    const to = this.to() && isDay(this.to() ?? '') ? (this.to() as string) : today;
    const asked = this.from() && isDay(this.from() ?? '') ? (this.from() as string) : monthStart(to);
    return { from: asked <= to ? asked : monthStart(to), to, today };
  });
  protected readonly teamId = computed(() => this.team() ?? '');
  protected readonly teamName = computed(() => this.context.teams().find((team) => team.id === this.teamId())?.name ?? 'Everyone in your reach');

  private readonly data = rxResource({
    params: () => {
      const range = this.range();
      return range ? { ...range, teamId: this.teamId() } : undefined;
    },
    stream: ({ params }) =>
      this.api.pace({ scope: params.teamId ? 'team' : 'organisation', id: params.teamId || undefined, from: params.from, to: params.to, rollup: 'day' }).pipe(
        switchMap((view) =>
          forkJoin({
            view: of(view),
            holidays: holidaysBetween(this.api, params.from, params.to),
            timeOff: timeOffOf(this.api, view.members.length <= MAX_TIME_OFF_LOOKUPS ? view.members.map((member) => member.memberId) : []),
          }),
        ),
        map(({ view, holidays, timeOff }) => buildHeatMap(view, { today: params.today, holidays, timeOff })),
      ),
  });
  protected readonly loading = this.data.isLoading;
  protected readonly failed = computed(() => this.data.status() === 'error');
  protected readonly map = computed(() => (this.data.hasValue() ? this.data.value() : null));

  protected readonly dayLabel = dayLabel;
  protected readonly weekdayLabel = weekdayLabel;
  protected readonly hours = hoursLabel;

  protected cellClasses(cell: HeatCell): string {
    return `cell kind-${cell.kind} bucket-${cell.bucket}`;
  }

  protected weekOf(day: string): string {
    return isoWeekOf(day);
  }

  protected choose(changes: { team?: string; from?: string; to?: string }): void {
    void this.router.navigate([], { queryParams: changes, queryParamsHandling: 'merge' });
  }

  protected thisMonth(): void {
    void this.router.navigate([], { queryParams: { from: null, to: null }, queryParamsHandling: 'merge' });
  }
}
