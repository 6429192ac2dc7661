import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AcceptCalendarProposalsResponse, AcceptedCalendarProposal, CalendarPreviewResponse } from '@billing/time-tracking/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { IdempotencyKeys } from '../../setup/shared/idempotency-keys';
import { formatDuration } from '../shared/duration-text';
import { instantMs, shortDayLabel, timeOfDayInZone } from '../shared/local-time';
import { TimeApi } from '../shared/time-api';
import { TimeContext } from '../shared/time-context';
import { classifyTimeError } from '../shared/time-errors';
import { CalendarRulesEditor } from './calendar-rules-editor';
import { acceptedOf, importSummary, ProposalRow, proposalRows, SKIP_REASONS } from './proposals';

/** Upload an .ics file, preview its events as entries mapped by the person's rules, import the chosen ones. */
@Component({
  selector: 'app-import-page',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, CalendarRulesEditor],
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly api = inject(TimeApi);
  protected readonly context = inject(TimeContext);
  private readonly previewKeys = new IdempotencyKeys();
  private readonly acceptKeys = new IdempotencyKeys();

  protected readonly file = signal<File | null>(null);
  protected readonly fromDay = signal('');
  protected readonly toDay = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly preview = signal<CalendarPreviewResponse | null>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly result = signal<AcceptCalendarProposalsResponse | null>(null);

  protected readonly rows = computed(() => proposalRows(this.preview()));
  protected readonly importable = computed(() => this.rows().filter((row) => row.proposal.outcome === 'proposed'));
  protected readonly allSelected = computed(() => this.importable().length > 0 && this.importable().every((row) => this.selected().has(row.proposal.proposalId)));
  protected readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());
  protected readonly summary = computed(() => {
    const result = this.result();
    return result ? importSummary(result) : null;
  });
  protected readonly skipReasons = SKIP_REASONS;
  protected readonly duration = formatDuration;

  protected when(row: ProposalRow): string {
    const zone = this.context.timeZone() ?? 'UTC';
    if (row.proposal.outcome === 'skipped' && row.proposal.reason === 'all-day') {
      return `${shortDayLabel(row.day(zone))}, all day`;
    }
    const start = instantMs(row.proposal.startedAt);
    const end = 'endedAt' in row.proposal ? timeOfDayInZone(instantMs(row.proposal.endedAt), zone) : '';
    return `${shortDayLabel(row.day(zone))}, ${timeOfDayInZone(start, zone)}${end ? `–${end}` : ''}`;
  }

  protected chooseFile(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    this.file.set(file);
    this.preview.set(null);
    this.result.set(null);
    input.value = '';
    if (file) {
      void this.runPreview();
    }
  }

  protected async runPreview(): Promise<void> {
    const file = this.file();
    if (!file || this.busy()) {
      return;
    }
    const range = { from: this.fromDay() || undefined, to: this.toDay() || undefined };
    const key = this.previewKeys.keyFor({ name: file.name, size: file.size, modified: file.lastModified, ...range });
    const preview = await this.send(() => this.api.previewCalendar(file, range, key), this.previewKeys);
    if (preview) {
      this.preview.set(preview);
      this.selected.set(new Set(proposalRows(preview).filter((row) => row.proposal.outcome === 'proposed').map((row) => row.proposal.proposalId)));
      this.context.loadTasks(proposalRows(preview).map((row) => row.projectId));
    }
  }

  protected toggle(proposalId: string, checked: boolean): void {
    this.selected.update((selected) => {
      const next = new Set(selected);
      if (checked) {
        next.add(proposalId);
      } else {
        next.delete(proposalId);
      }
      return next;
    });
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(new Set(checked ? this.importable().map((row) => row.proposal.proposalId) : []));
  }

  protected async accept(): Promise<void> {
    const proposals: AcceptedCalendarProposal[] = acceptedOf(this.rows(), this.selected());
    if (proposals.length === 0) {
      return;
    }
    const request = { proposals };
    const result = await this.send(() => this.api.acceptCalendar(request, this.acceptKeys.keyFor(request)), this.acceptKeys);
    if (result) {
      this.result.set(result);
      this.context.changed();
      await this.runPreview();
    }
  }

  private async send<T>(request: () => Observable<T>, keys: IdempotencyKeys): Promise<T | null> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const answer = await firstValueFrom(request());
      keys.settle();
      return answer;
    } catch (error: unknown) {
      const failure = classifyTimeError(error);
      if (failure.kind !== 'retryable') {
        keys.settle();
      }
      this.error.set(failure.kind === 'validation' && failure.fields.length > 0 ? failure.fields.map((field) => `${field.path}: ${field.reason}`).join('; ') : failure.message);
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
