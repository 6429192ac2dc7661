import { randomUUID } from 'node:crypto';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ReplayDiffResult, ReplayDiffRunView, ReplayDifference } from '@billing/audit/contracts';
import { DEFAULT_EVENT_STORE_SCHEMA, EVENT_STORE, type EventStore, type Projection, START } from '@billing/event-store';
import { ProjectionHost } from '@billing/shared/event-sourcing';
import { type Clock, ConflictError } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { ownedTables } from './read-model-ownership';
import { replayIntoScratch } from './replay-into-scratch';
import { ReplayRuns } from './replay-runs';
import { createScratchCopies, dropScratch, dropScratchTables, scratchSchemaFor } from './scratch-schema';
import { diffTable, tableShape } from './table-diff';

const MAX_DIFFERENCES = 1000;
const LIVE_WAIT_MS = 60_000;
const LIVE_POLL_MS = 250;

interface Replayed {
  projection: Projection;
  tables: string[];
}

/**
 * Replay-and-diff: every hosted projection that can be rebuilt is run from event zero against empty copies of its
 * tables in a scratch schema, then each of its tables is compared row by row with the live one. One run at a time;
 * it runs in the background of the api and reports progress in `audit_replay_runs`. The scratch schema is dropped at
 * the end, whatever happened.
 */
@Injectable()
export class ReplayDiffRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ReplayDiffRunner.name);
  private stopping = false;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly host: ProjectionHost,
    private readonly runs: ReplayRuns,
  ) {}

  async start(requestedBy: string): Promise<ReplayDiffRunView> {
    const id = randomUUID();
    const outcome = await this.runs.startUnlessActive(id, requestedBy, this.clock.now());
    if (!outcome.started) {
      throw new ConflictError('replay-diff-in-progress', { runId: outcome.activeId }, `a replay-diff run is in progress: ${outcome.activeId}`);
    }
    this.running = this.run(id)
      .catch(async (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.error(`replay-diff ${id} failed: ${message}`);
        await this.runs.fail(id, message).catch(() => undefined);
      })
      .finally(() => {
        this.running = null;
      });
    const view = await this.runs.get(id);
    if (view === null) throw new Error(`replay-diff run ${id} vanished`);
    return view;
  }

  /** Resolves when no run is in progress in this process (tests, shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async run(id: string): Promise<void> {
    const scratch = scratchSchemaFor(id);
    try {
      const tables = await createScratchCopies(this.dataSource, scratch);
      const { replayed, skipped } = await this.partition(scratch);
      const owned = new Set(replayed.flatMap((r) => r.tables));
      // Tables nobody replays are read live (search_path falls through to public).
      await dropScratchTables(this.dataSource, scratch, tables.filter((table) => !owned.has(table)));
      await this.runs.progress(id, { phase: 'replaying', eventsTotal: await this.countEvents() });
      const projections = replayed.map((r) => r.projection);
      const progress = (events: number) => this.runs.progress(id, { eventsReplayed: events });
      const first = await replayIntoScratch(this.dataSource, this.store, scratch, projections, START, progress, () => this.stopping);
      await this.runs.progress(id, { phase: 'waiting-for-live' });
      const liveCaughtUp = await this.waitForLive(projections.map((p) => p.name));
      // What was appended while replaying, so both sides stand at the same head when compared.
      const rest = await replayIntoScratch(this.dataSource, this.store, scratch, projections, first.position, (n) => progress(first.events + n), () => this.stopping);
      const compared = [...owned].sort();
      await this.runs.progress(id, { phase: 'diffing', tablesTotal: compared.length, eventsReplayed: first.events + rest.events });
      const result: ReplayDiffResult = {
        projections: replayed.map((r) => ({ name: r.projection.name, tables: r.tables })),
        skipped,
        ignoredColumns: [],
        tablesCompared: compared.length,
        rowsCompared: 0,
        eventsReplayed: first.events + rest.events,
        liveCaughtUp,
        rowsDiffering: 0,
        differences: [],
      };
      for (const [index, table] of compared.entries()) {
        if (this.stopping) throw new Error('replay-diff stopped: the api is shutting down');
        const shape = await tableShape(this.dataSource, table);
        result.ignoredColumns.push(...shape.ignored.map((column) => ({ table, column })));
        const diff = await diffTable(this.dataSource, scratch, table, shape, MAX_DIFFERENCES - result.differences.length);
        result.rowsCompared += diff.rowsCompared;
        result.rowsDiffering += diff.rowsDiffering;
        result.differences.push(...limit(diff.differences, MAX_DIFFERENCES - result.differences.length));
        await this.runs.progress(id, { tablesDiffed: index + 1 });
      }
      await this.runs.finish(id, result);
    } finally {
      await dropScratch(this.dataSource, scratch).catch((error: unknown) => this.logger.warn(`could not drop ${scratch}: ${String(error)}`));
    }
  }

  private async partition(scratch: string): Promise<{ replayed: Replayed[]; skipped: ReplayDiffResult['skipped'] }> {
    const replayed: Replayed[] = [];
    const skipped: ReplayDiffResult['skipped'] = [];
    for (const projection of this.host.list()) {
      if (projection.reset === undefined) {
        skipped.push({ name: projection.name, reason: 'has no reset, so it cannot be rebuilt' });
        continue;
      }
      const tables = await ownedTables(this.dataSource, scratch, projection);
      if (tables.length === 0) skipped.push({ name: projection.name, reason: 'owns no table (a reactor, or state kept elsewhere)' });
      else replayed.push({ projection, tables });
    }
    return { replayed, skipped };
  }

  private async countEvents(): Promise<number> {
    try {
      const [row] = (await this.dataSource.query(`select count(*)::text as n from ${DEFAULT_EVENT_STORE_SCHEMA}.events`)) as Array<{ n: string }>;
      return Number(row?.n ?? 0);
    } catch {
      return 0; // another adapter: progress shows the events replayed without a total
    }
  }

  /** Polls until every live projection has applied all events (or the deadline passes: the result says so). */
  private async waitForLive(names: readonly string[]): Promise<boolean> {
    const deadline = Date.now() + LIVE_WAIT_MS;
    for (;;) {
      const behind = await Promise.all(names.map(async (name) => (await this.host.report(name)).lag.eventsBehind));
      if (behind.every((count) => count === 0)) return true;
      if (Date.now() > deadline || this.stopping) return false;
      await new Promise((resolve) => setTimeout(resolve, LIVE_POLL_MS));
    }
  }
}

function limit(differences: ReplayDifference[], room: number): ReplayDifference[] {
  return room <= 0 ? [] : differences.slice(0, room);
}
