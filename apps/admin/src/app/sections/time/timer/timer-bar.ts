import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { StartTimerRequest, TimeEntryView } from '@billing/time-tracking/contracts';
import { firstValueFrom, map } from 'rxjs';
import { IdempotencyKeys } from '../../setup/shared/idempotency-keys';
import { formatElapsed } from '../shared/duration-text';
import { ProjectTaskPicker } from '../shared/project-task-picker';
import { TimeApi } from '../shared/time-api';
import { TimeContext } from '../shared/time-context';
import { classifyTimeError } from '../shared/time-errors';

interface CurrentTimer {
  readonly entry: TimeEntryView | null;
  /** Browser time when the server measured `entry.durationSeconds`: the clock runs on from there. */
  readonly at: number;
}

/**
 * The running timer: what runs and for how long (a signal ticking every second), stop, and start, which on the
 * server stops a running timer at the same instant.
 */
@Component({
  selector: 'app-timer-bar',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ProjectTaskPicker],
  templateUrl: './timer-bar.html',
  styleUrl: './timer-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimerBar {
  private readonly api = inject(TimeApi);
  protected readonly context = inject(TimeContext);
  private readonly startKeys = new IdempotencyKeys();
  private readonly stopKeys = new IdempotencyKeys();
  private readonly now = signal(Date.now());

  protected readonly projectId = signal<string | null>(null);
  protected readonly taskId = signal<string | null>(null);
  protected readonly description = signal('');
  protected readonly switching = signal(false);
  protected readonly pending = signal(false);
  protected readonly message = signal<string | null>(null);

  private readonly current = rxResource({
    params: () => ({ version: this.context.version() }),
    stream: () => this.api.currentTimer().pipe(map((view): CurrentTimer => ({ entry: view.running ? view.entry : null, at: Date.now() }))),
  });
  protected readonly running = computed(() => (this.current.hasValue() ? this.current.value().entry : null));
  protected readonly loaded = computed(() => this.current.hasValue() || this.current.status() === 'error');
  protected readonly elapsed = computed(() => {
    const current = this.current.hasValue() ? this.current.value() : null;
    if (!current?.entry) {
      return formatElapsed(0);
    }
    return formatElapsed(current.entry.durationSeconds + Math.floor((this.now() - current.at) / 1000));
  });
  protected readonly runningLabel = computed(() => {
    const entry = this.running();
    return entry ? this.context.lineLabel(entry.projectId, entry.taskId) : '';
  });
  protected readonly showPicker = computed(() => !this.running() || this.switching());

  constructor() {
    const ticker = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(ticker));
  }

  protected async start(): Promise<void> {
    const projectId = this.projectId();
    if (!projectId || this.pending()) {
      return;
    }
    const request: StartTimerRequest = { projectId, taskId: this.taskId(), description: this.description().trim() };
    const key = this.startKeys.keyFor(request);
    const started = await this.send(() => this.api.startTimer(request, key), this.startKeys);
    if (started) {
      this.current.set({ entry: started, at: Date.now() });
      this.description.set('');
      this.switching.set(false);
      this.context.changed();
    }
  }

  protected async stop(): Promise<void> {
    const entry = this.running();
    if (!entry || this.pending()) {
      return;
    }
    const request = { entryId: entry.id };
    const key = this.stopKeys.keyFor(request);
    const stopped = await this.send(() => this.api.stopTimer(request, key), this.stopKeys);
    if (stopped) {
      this.current.set({ entry: null, at: Date.now() });
      this.switching.set(false);
      this.context.changed();
    }
  }

  private async send(request: () => ReturnType<TimeApi['stopTimer']>, keys: IdempotencyKeys): Promise<TimeEntryView | null> {
    this.pending.set(true);
    this.message.set(null);
    try {
      const result = await firstValueFrom(request());
      keys.settle();
      return result;
    } catch (error: unknown) {
      const failure = classifyTimeError(error);
      if (failure.kind !== 'retryable') {
        keys.settle();
      }
      if (failure.kind === 'stale') {
        this.message.set('Another start or stop won the race. The timer now shows the latest state.');
      } else if (failure.kind === 'validation') {
        const reasons = failure.fields.map((field) => `${field.path === 'endedAt' ? 'The end' : field.path} ${field.reason}`);
        this.message.set(reasons.length > 0 ? `${reasons.join('; ')}.` : failure.message);
      } else {
        this.message.set(failure.message);
      }
      if (failure.kind === 'stale' || failure.kind === 'rule') {
        this.context.changed();
      }
      return null;
    } finally {
      this.pending.set(false);
    }
  }
}
