import type { DataSource, EntityManager } from 'typeorm';
import type { RecordedEvent } from '../lib/port/types';
import type {
  Projection,
  ProjectionContext,
} from '../lib/subscriptions/projection';

/** Read-model tables for runner tests; rows are keyed by projection name so runs can share them. */
export async function ensureProjectionTestTables(
  dataSource: DataSource,
): Promise<void> {
  await dataSource.query(`
    create table if not exists es_test_applied (
      projection text not null,
      event_id uuid not null,
      stream text not null,
      revision bigint not null,
      replaying boolean not null,
      instance text not null
    );
    create index if not exists es_test_applied_projection on es_test_applied (projection);
    create table if not exists es_test_totals (
      projection text not null,
      stream text not null,
      total bigint not null,
      primary key (projection, stream)
    );`);
}

export interface RecordingProjectionOptions {
  name: string;
  prefix: string;
  instance: string;
  /** Called inside apply after the rows are written and before the transaction commits. */
  afterWrite?: (batch: number, events: RecordedEvent[]) => Promise<void>;
}

/** Records every applied event (no unique key: a duplicate would show up) and sums `data.amount` per stream. */
export function recordingProjection(
  options: RecordingProjectionOptions,
): Projection {
  let batch = 0;
  return {
    name: options.name,
    filter: { streamPrefixes: [options.prefix] },
    async apply(
      events: RecordedEvent[],
      em: EntityManager,
      context: ProjectionContext,
    ): Promise<void> {
      batch += 1;
      for (const event of events) {
        await em.query(
          `insert into es_test_applied (projection, event_id, stream, revision, replaying, instance)
           values ($1, $2, $3, $4, $5, $6)`,
          [
            options.name,
            event.id,
            event.streamId,
            event.revision,
            context.replaying,
            options.instance,
          ],
        );
        await em.query(
          `insert into es_test_totals (projection, stream, total) values ($1, $2, $3)
           on conflict (projection, stream) do update set total = es_test_totals.total + excluded.total`,
          [options.name, event.streamId, amountOf(event)],
        );
      }
      await options.afterWrite?.(batch, events);
    },
    async reset(em: EntityManager): Promise<void> {
      await em.query('delete from es_test_applied where projection = $1', [
        options.name,
      ]);
      await em.query('delete from es_test_totals where projection = $1', [
        options.name,
      ]);
    },
  };
}

function amountOf(event: RecordedEvent): number {
  const data = event.data;
  if (
    typeof data === 'object' &&
    data !== null &&
    'amount' in data &&
    typeof data.amount === 'number'
  ) {
    return data.amount;
  }
  return 0;
}

export interface AppliedSummary {
  total: number;
  distinct: number;
  duplicates: number;
  instances: string[];
  replaying: boolean[];
}

export async function appliedSummary(
  dataSource: DataSource,
  projection: string,
): Promise<AppliedSummary> {
  const rows: Array<{
    total: number;
    distinct: number;
    instances: string[] | null;
    replaying: boolean[] | null;
  }> = await dataSource.query(
    `select count(*)::int as total, count(distinct event_id)::int as distinct,
              array_agg(distinct instance) as instances, array_agg(distinct replaying) as replaying
         from es_test_applied where projection = $1`,
    [projection],
  );
  const row = rows[0];
  return {
    total: row.total,
    distinct: row.distinct,
    duplicates: row.total - row.distinct,
    instances: row.instances ?? [],
    replaying: row.replaying ?? [],
  };
}

export async function totalsOf(
  dataSource: DataSource,
  projection: string,
): Promise<Record<string, number>> {
  const rows: Array<{ stream: string; total: string }> = await dataSource.query(
    'select stream, total from es_test_totals where projection = $1 order by stream',
    [projection],
  );
  return Object.fromEntries(rows.map((row) => [row.stream, Number(row.total)]));
}
