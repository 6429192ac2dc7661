import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import { TimeEntryView } from '@billing/time-tracking/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { CloseApi } from '../../close/close-api';
import { classifyApiError } from '../../setup/shared/api-error';
import { createListState, PAGE_SIZES } from '../../setup/shared/list-state';
import { createMemberOptions } from '../../setup/shared/member-options';
import { formatDuration } from '../shared/duration-text';
import { createEntryActions, entrySpan } from '../shared/entry-actions';
import { TimeApi } from '../shared/time-api';
import { TimeContext } from '../shared/time-context';

type BillableFilter = '' | 'true' | 'false';

/** The entries of the caller's scope, newest first, with filters; `?entry=<id>` opens that entry to fix it. */
@Component({
  selector: 'app-entries-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    MatTooltipModule,
  ],
  templateUrl: './entries-page.html',
  styleUrl: './entries-page.scss',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntriesPage {
  private readonly api = inject(TimeApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly context = inject(TimeContext);
  private readonly actions = createEntryActions();
  private readonly auth = inject(AuthService);
  private readonly showsMembers = this.auth.can('members.read');
  /** Finance, admins and responsibles post adjusting entries for entries of closed periods. */
  protected readonly canAdjust = this.auth.can('time.adjust');
  /** `YYYY-MM` of the months closed organisation-wide or for some teams (the server decides for each member). */
  private readonly closedMonths = signal<ReadonlySet<string>>(new Set());
  private readonly closeApi = inject(CloseApi);
  protected readonly members = this.showsMembers ? createMemberOptions() : null;

  /** From the query string: open this entry's edit dialog. */
  readonly entry = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly fromDay = signal('');
  protected readonly toDay = signal('');
  protected readonly projectId = signal('');
  protected readonly billable = signal<BillableFilter>('');
  protected readonly list = createListState<TimeEntryView>(
    () => '/time-entries',
    () => ({ from: this.fromDay(), to: this.toDay(), projectId: this.projectId(), billable: this.billable() }),
  );
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = this.showsMembers
    ? ['when', 'member', 'work', 'description', 'duration', 'billable', 'actions']
    : ['when', 'work', 'description', 'duration', 'billable', 'actions'];
  protected readonly duration = formatDuration;

  constructor() {
    effect(() => {
      const from = this.from();
      const to = this.to();
      untracked(() => {
        if (from) {
          this.fromDay.set(from);
        }
        if (to) {
          this.toDay.set(to);
        }
      });
    });
    effect(() => {
      const id = this.entry();
      if (id && this.context.timeZone()) {
        untracked(() => void this.openById(id));
      }
    });
    let seenVersion = this.context.version();
    effect(() => {
      const version = this.context.version();
      if (version !== seenVersion) {
        seenVersion = version;
        untracked(() => this.list.reload());
      }
    });
    effect(() => this.context.loadTasks(this.list.items().map((item) => item.projectId)));
    if (this.canAdjust) {
      this.closeApi.periods().subscribe({
        next: (periods) => this.closedMonths.set(new Set(periods.items.filter((period) => period.status !== 'open').map((period) => period.key))),
        error: () => this.closedMonths.set(new Set()),
      });
    }
  }

  /** An entry of a closed month that is not itself a correction and not running. */
  protected adjustable(entry: TimeEntryView): boolean {
    return this.canAdjust && !entry.running && entry.adjustment === null && this.closedMonths().has(entry.month);
  }

  protected adjust(entry: TimeEntryView): void {
    void this.actions.adjust(entry);
  }

  protected openEntry(id: string): void {
    void this.router.navigate([], { queryParams: { entry: id }, queryParamsHandling: 'merge' });
  }

  protected span(entry: TimeEntryView): string {
    return entrySpan(entry, this.context.timeZone() ?? 'UTC');
  }

  protected filter(apply: () => void): void {
    apply();
    this.list.firstPage();
  }

  protected clearFilters(): void {
    this.fromDay.set('');
    this.toDay.set('');
    this.projectId.set('');
    this.billable.set('');
    this.list.setSearch('');
    void this.router.navigate([], { queryParams: {} });
  }

  protected edit(entry: TimeEntryView): void {
    void this.actions.edit(entry);
  }

  protected remove(entry: TimeEntryView): void {
    void this.actions.remove(entry);
  }

  private async openById(id: string): Promise<void> {
    try {
      const entry = await firstValueFrom(this.api.entry(id));
      await this.actions.edit(entry);
    } catch (error: unknown) {
      this.snackBar.open(classifyApiError(error).message, 'Dismiss', { duration: 8000 });
    }
    void this.router.navigate([], { queryParams: { entry: null }, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
