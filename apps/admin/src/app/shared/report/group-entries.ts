import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ReportEntry, ReportGroup, TimeReport } from '@billing/reporting/contracts';
import { of } from 'rxjs';
import { groupEntriesRequest } from './group-entries-request';
import { formatEntryMoney, formatHoursDecimal, groupDisplayLabel } from './report-format';
import { dayLabel } from './report-period';
import { ReportsApi } from './reports-api';

const PAGE_SIZES = [25, 50, 100];

/** The entries of one leaf group, a page at a time, through the report API's `includeEntries`. */
@Component({
  selector: 'app-group-entries',
  imports: [MatPaginatorModule, MatProgressBarModule],
  template: `
    @let request = pageRequest();
    @if (request === null) {
      <p class="entries-note">Entries {{ unnamed() }} cannot be listed on their own. Group by another level to see them.</p>
    } @else {
      @if (entries.isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <table class="entries-table" [attr.aria-label]="'Entries of ' + title()">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Member</th>
            <th scope="col">Project · task</th>
            <th scope="col">Description</th>
            <th scope="col" class="numeric">Tracked h</th>
            <th scope="col" class="numeric">Billable h</th>
            <th scope="col" class="numeric">Amount</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of page()?.items ?? []; track entry.entryId) {
            <tr>
              <td class="nowrap">{{ day(entry.day) }}</td>
              <td>{{ entry.memberName }}</td>
              <td>{{ entry.projectName }}{{ entry.taskName ? ' · ' + entry.taskName : '' }}</td>
              <td class="description">
                @if (entry.adjustsEntryId !== null) {
                  <span class="status-pill adjustment" [title]="adjustmentTitle(entry)">Adjustment</span>
                }
                {{ entry.description || '—' }}
              </td>
              <td class="numeric">{{ hours(entry.trackedSeconds) }}</td>
              <td class="numeric">{{ hours(entry.billableSeconds) }}</td>
              <td class="numeric">{{ money(entry) }}</td>
              <td>
                <span class="status-pill" [class.completed]="entry.billed" [class.archived]="!entry.billable">{{ status(entry) }}</span>
              </td>
            </tr>
          } @empty {
            <tr>
              <td class="entries-note" colspan="8">
                {{ entries.status() === 'error' ? 'The entries could not be loaded.' : entries.isLoading() ? 'Loading…' : 'No entries.' }}
              </td>
            </tr>
          }
        </tbody>
      </table>
      @if ((page()?.total ?? 0) > pageSize()) {
        <mat-paginator
          [length]="page()?.total ?? 0"
          [pageIndex]="pageIndex()"
          [pageSize]="pageSize()"
          [pageSizeOptions]="pageSizes"
          (page)="changePage($event)"
          [attr.aria-label]="'Pages of entries of ' + title()"
        />
      }
    }
  `,
  styles: `
    :host { display: block; }
    .entries-table { width: 100%; border-collapse: collapse; background: var(--mat-sys-surface-container-lowest); border-radius: var(--mat-sys-corner-small); }
    .entries-table th, .entries-table td { height: 34px; padding: 0 10px; text-align: left; font: var(--mat-sys-body-small); border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .entries-table thead th { font: var(--mat-sys-label-small); color: var(--mat-sys-on-surface-variant); }
    .entries-table .numeric { text-align: right; white-space: nowrap; }
    .nowrap { white-space: nowrap; }
    .status-pill { text-transform: none; }
    .status-pill.adjustment { margin-right: 6px; background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); cursor: help; }
    .description { max-width: 280px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .entries-note { margin: 8px 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .mat-mdc-paginator { background: transparent; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupEntries {
  private readonly api = inject(ReportsApi);
  readonly report = input.required<TimeReport>();
  readonly path = input.required<readonly ReportGroup[]>();

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(PAGE_SIZES[0]);
  protected readonly title = computed(() => this.path().map(groupDisplayLabel).join(' › '));
  protected readonly unnamed = computed(() =>
    this.path()
      .filter((group) => group.key === null)
      .map((group) => `in "${group.label}"`)
      .join(' and '),
  );
  protected readonly pageRequest = computed(() =>
    groupEntriesRequest({ period: this.report().period, filters: this.report().filters, asOf: this.report().asOf }, this.path(), this.pageIndex() + 1, this.pageSize()),
  );
  protected readonly entries = rxResource({
    params: () => this.pageRequest() ?? undefined,
    stream: ({ params }) => (params ? this.api.timeReport(params) : of(null)),
  });
  protected readonly page = computed(() => (this.entries.hasValue() ? (this.entries.value()?.entries ?? null) : null));
  protected readonly hours = formatHoursDecimal;

  protected day(day: string): string {
    return dayLabel(day, { weekday: 'short', day: 'numeric', month: 'short' });
  }

  protected money(entry: ReportEntry): string {
    return formatEntryMoney(entry.amount, entry.currency);
  }

  protected status(entry: ReportEntry): string {
    return entry.billed ? 'Billed' : entry.billable ? 'Billable' : 'Not billable';
  }

  /** The badge's tooltip: which entry (of a closed period) the row corrects, and why. */
  protected adjustmentTitle(entry: ReportEntry): string {
    return `Adjusts entry ${entry.adjustsEntryId?.slice(0, 8) ?? ''}: ${entry.adjustmentReason ?? ''}`;
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }
}
