import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import { of } from 'rxjs';
import { allEntries } from '../shared/all-entries';
import { formatCellDuration, formatDuration } from '../shared/duration-text';
import { daysOfWeek, mondayOfWeek, shiftWeek, shortDayLabel } from '../shared/local-time';
import { ProjectTaskPicker } from '../shared/project-task-picker';
import { TimeApi } from '../shared/time-api';
import { TimeContext } from '../shared/time-context';
import { DayEntriesDialog, DayEntriesDialogData } from './day-entries-dialog';
import { TimesheetCellEdits } from './timesheet-cell-edits';
import { buildTimesheet, lineKey, TimesheetCell, TimesheetLine, TimesheetRow } from './timesheet';

/** The week as a grid: project/task lines by day, typed into directly. `?week=2026-W11` picks the week. */
@Component({
  selector: 'app-week-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule, ProjectTaskPicker],
  templateUrl: './week-page.html',
  styleUrl: './week-page.scss',
  providers: [TimesheetCellEdits],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeekPage {
  private readonly api = inject(TimeApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  protected readonly context = inject(TimeContext);
  protected readonly edits = inject(TimesheetCellEdits);

  /** From the query string. */
  readonly week = input<string>();

  protected readonly zone = this.context.timeZone;
  protected readonly thisWeek = computed(() => {
    const zone = this.zone();
    return zone ? this.context.thisWeek(zone) : null;
  });
  protected readonly shownWeek = computed(() => {
    const asked = this.week();
    return asked && mondayOfWeek(asked) ? asked : this.thisWeek();
  });
  protected readonly days = computed(() => {
    const week = this.shownWeek();
    return week ? daysOfWeek(week) : [];
  });
  protected readonly today = computed(() => {
    const zone = this.zone();
    return zone ? this.context.today(zone) : null;
  });
  protected readonly dayLabel = (day: string) => shortDayLabel(day);
  protected readonly weekdayOf = (day: string) => shortDayLabel(day, { weekday: 'short' });
  protected readonly dateOf = (day: string) => shortDayLabel(day, { day: 'numeric', month: 'short' });
  protected readonly rangeLabel = computed(() => {
    const days = this.days();
    return days.length ? `${shortDayLabel(days[0], { day: 'numeric', month: 'short' })} – ${shortDayLabel(days[6], { day: 'numeric', month: 'short', year: 'numeric' })}` : '';
  });

  private readonly entries = rxResource({
    params: () => ({ days: this.days(), version: this.context.version() }),
    stream: ({ params }) => (params.days.length ? allEntries(this.api, { from: params.days[0], to: params.days[6] }) : of([])),
  });
  protected readonly loading = this.entries.isLoading;
  protected readonly failed = computed(() => this.entries.status() === 'error');

  /** Lines added with "Add line", still without time. */
  private readonly addedLines = signal<readonly TimesheetLine[]>([]);
  protected readonly newProjectId = signal<string | null>(null);
  protected readonly newTaskId = signal<string | null>(null);

  protected readonly sheet = computed(() =>
    buildTimesheet(this.days(), this.entries.hasValue() ? this.entries.value() : [], this.addedLines(), (line) =>
      this.context.lineLabel(line.projectId, line.taskId),
    ),
  );
  protected readonly duration = formatDuration;
  protected readonly cellText = formatCellDuration;

  constructor() {
    effect(() => this.context.loadTasks(this.sheet().rows.map((row) => row.projectId)));
  }

  protected goTo(week: string | null): void {
    void this.router.navigate([], { queryParams: { week: week === this.thisWeek() ? null : week }, queryParamsHandling: 'merge' });
  }

  protected previous(): void {
    const week = this.shownWeek();
    if (week) {
      this.goTo(shiftWeek(week, -1));
    }
  }

  protected next(): void {
    const week = this.shownWeek();
    if (week) {
      this.goTo(shiftWeek(week, 1));
    }
  }

  protected rowLabel(row: TimesheetRow): string {
    return this.context.lineLabel(row.projectId, row.taskId);
  }

  protected cellLabel(row: TimesheetRow, cell: TimesheetCell): string {
    return `${this.rowLabel(row)}, ${shortDayLabel(cell.day)}`;
  }

  protected addLine(): void {
    const projectId = this.newProjectId();
    if (!projectId) {
      return;
    }
    const line = { projectId, taskId: this.newTaskId() };
    if (this.sheet().rows.some((row) => row.key === lineKey(line))) {
      this.snackBar.open('That line is already in the week.', undefined, { duration: 3000 });
    } else {
      this.addedLines.update((lines) => [...lines, line]);
    }
    this.newProjectId.set(null);
    this.newTaskId.set(null);
  }

  protected async commit(row: TimesheetRow, cell: TimesheetCell, input: HTMLInputElement): Promise<void> {
    const zone = this.zone();
    if (!zone) {
      return;
    }
    const outcome = await this.edits.commit(row, cell, input.value, zone);
    if (outcome.kind === 'choose') {
      this.openDay(row, cell);
    }
    if (outcome.kind === 'saved') {
      input.value = outcome.display;
    } else if (outcome.kind !== 'invalid') {
      input.value = this.cellText(cell.seconds);
    }
  }

  protected revert(row: TimesheetRow, cell: TimesheetCell, input: HTMLInputElement): void {
    input.value = this.cellText(cell.seconds);
    this.edits.clearError(row, cell.day);
  }

  protected openDay(row: TimesheetRow, cell: TimesheetCell): void {
    const data: DayEntriesDialogData = { title: this.cellLabel(row, cell), entries: cell.entries, timeZone: this.zone() ?? 'UTC' };
    this.dialog.open(DayEntriesDialog, { data, width: '640px', maxWidth: '95vw', injector: this.injector });
  }
}
