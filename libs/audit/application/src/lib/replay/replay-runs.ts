import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ReplayDiffPhase, ReplayDiffResult, ReplayDiffRunView } from '@billing/audit/contracts';

interface RunRow {
  id: string;
  requested_by: string;
  phase: ReplayDiffPhase;
  events_replayed: string;
  events_total: string;
  tables_diffed: number;
  tables_total: number;
  started_at: Date;
  finished_at: Date | null;
  error: string | null;
  result: ReplayDiffResult | null;
}

/** A run without a heartbeat for this long belongs to an api that stopped; another may start. */
export const STALE_AFTER_SECONDS = 120;

function viewOf(row: RunRow): ReplayDiffRunView {
  return {
    id: row.id,
    requestedBy: row.requested_by,
    phase: row.phase,
    eventsReplayed: Number(row.events_replayed),
    eventsTotal: Number(row.events_total),
    tablesDiffed: row.tables_diffed,
    tablesTotal: row.tables_total,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    error: row.error,
    result: row.result,
  };
}

export type RunProgress = Partial<{ phase: ReplayDiffPhase; eventsReplayed: number; eventsTotal: number; tablesDiffed: number; tablesTotal: number }>;

/** `audit_replay_runs`: progress and results, readable from any api instance. */
@Injectable()
export class ReplayRuns {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the run unless another is active; returns the active run's id instead when there is one. */
  async startUnlessActive(id: string, requestedBy: string, now: Date): Promise<{ started: true } | { started: false; activeId: string }> {
    return this.dataSource.transaction(async (em) => {
      await em.query("select pg_advisory_xact_lock(hashtext('audit-replay-diff'))");
      const active: Array<{ id: string }> = await em.query(
        `select id::text from audit_replay_runs
          where phase not in ('done', 'failed') and heartbeat_at > $1::timestamptz - make_interval(secs => $2) limit 1`,
        [now, STALE_AFTER_SECONDS],
      );
      if (active[0] !== undefined) return { started: false, activeId: active[0].id };
      await em.query(`insert into audit_replay_runs (id, requested_by, phase, started_at, heartbeat_at) values ($1, $2, 'preparing', $3, $3)`, [id, requestedBy, now]);
      return { started: true };
    });
  }

  async progress(id: string, progress: RunProgress): Promise<void> {
    await this.dataSource.query(
      `update audit_replay_runs set phase = coalesce($2, phase), events_replayed = coalesce($3, events_replayed), events_total = coalesce($4, events_total),
              tables_diffed = coalesce($5, tables_diffed), tables_total = coalesce($6, tables_total), heartbeat_at = now() where id = $1`,
      [id, progress.phase ?? null, progress.eventsReplayed ?? null, progress.eventsTotal ?? null, progress.tablesDiffed ?? null, progress.tablesTotal ?? null],
    );
  }

  async finish(id: string, result: ReplayDiffResult): Promise<void> {
    await this.dataSource.query(`update audit_replay_runs set phase = 'done', result = $2, finished_at = now(), heartbeat_at = now() where id = $1`, [id, JSON.stringify(result)]);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query(`update audit_replay_runs set phase = 'failed', error = $2, finished_at = now(), heartbeat_at = now() where id = $1`, [id, error]);
  }

  async get(id: string): Promise<ReplayDiffRunView | null> {
    const rows: RunRow[] = await this.dataSource.query('select * from audit_replay_runs where id = $1', [id]);
    return rows[0] === undefined ? null : viewOf(rows[0]);
  }

  /** The latest runs without their results (those can be large). */
  async latest(count: number): Promise<ReplayDiffRunView[]> {
    const rows: RunRow[] = await this.dataSource.query(
      'select id, requested_by, phase, events_replayed, events_total, tables_diffed, tables_total, started_at, finished_at, error, null as result from audit_replay_runs order by started_at desc limit $1',
      [count],
    );
    return rows.map(viewOf);
  }
}
