import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ReplayDiffRunView } from '@billing/audit/contracts';
import { classifyApiError } from '../../setup/shared/api-error';
import { AuditApi } from '../audit-api';
import { instantLabel, valueLabel } from '../audit-text';

const POLL_MS = 1000;

/** Starts a replay-and-diff run and follows it: replayed events, diffed tables, then every differing row. */
@Component({
  selector: 'app-replay-page',
  imports: [MatButtonModule, MatProgressBarModule],
  templateUrl: './replay-page.html',
  styleUrl: '../audit-shared.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplayPage {
  private readonly api = inject(AuditApi);
  protected readonly run = signal<ReplayDiffRunView | null>(null);
  protected readonly failure = signal<string | null>(null);
  private readonly runList = rxResource({ stream: () => this.api.replayDiffRuns() });
  protected readonly runs = computed(() => (this.runList.hasValue() ? this.runList.value().items : []));
  protected readonly active = computed(() => {
    const run = this.run();
    return run !== null && run.phase !== 'done' && run.phase !== 'failed';
  });
  protected readonly percent = computed(() => {
    const run = this.run();
    if (run === null) return 0;
    if (run.phase === 'diffing' || run.phase === 'done') return run.tablesTotal === 0 ? 100 : Math.round((run.tablesDiffed / run.tablesTotal) * 100);
    return run.eventsTotal === 0 ? 0 : Math.round((run.eventsReplayed / run.eventsTotal) * 100);
  });
  protected readonly instant = instantLabel;
  protected readonly value = valueLabel;
  protected readonly json = (value: unknown) => JSON.stringify(value);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected start(): void {
    this.failure.set(null);
    this.api.startReplayDiff().subscribe({
      next: (run) => this.follow(run),
      error: (error: unknown) => this.failure.set(classifyApiError(error).message),
    });
  }

  protected open(id: string): void {
    this.api.replayDiff(id).subscribe({ next: (run) => this.follow(run), error: (error: unknown) => this.failure.set(classifyApiError(error).message) });
  }

  private follow(run: ReplayDiffRunView): void {
    this.run.set(run);
    clearTimeout(this.timer);
    if (run.phase === 'done' || run.phase === 'failed') {
      this.runList.reload();
      return;
    }
    this.timer = setTimeout(() => this.open(run.id), POLL_MS);
  }
}
