import {
  createPostgresEventStore,
  SubscriptionRunner,
  type Projection,
} from '@billing/event-store';
import type { DataSource } from 'typeorm';
import { bulkLoad } from './bulk-load';
import {
  PlainProjectedEntrySchema,
  ProjectedEntrySchema,
  REBUILD_SCHEMA,
  type ProjectedEntry,
} from './database';
import { formatRate, formatRatio, timed } from './harness';
import type { BenchContext } from './main';

const BATCH_SIZE = 2000;

/** The simplest read model: one row per event, written through TypeORM's EntityManager. */
const entriesProjection: Projection = {
  name: 'bench-projected-entries',
  async apply(events, em) {
    await em.insert(
      ProjectedEntrySchema,
      events.map((event) => ({
        eventId: event.id,
        streamName: event.streamId,
        revision: event.revision,
        minutes: (event.data as { minutes: number }).minutes,
      })),
    );
  },
  async reset(em) {
    await em.query('truncate bench_projected_entries');
  },
};

/** Baseline: page through a plain copy of the same rows and insert the same projected rows, same batch size. */
async function plainRebuild(dataSource: DataSource): Promise<number> {
  let after = '0';
  let applied = 0;
  for (;;) {
    const rows: Array<{
      position: string;
      event_id: string;
      stream_name: string;
      revision: string;
      data: { minutes: number };
    }> = await dataSource.query(
      `select position, event_id, stream_name, revision, data from plain_rebuild where position > $1 order by position limit $2`,
      [after, BATCH_SIZE],
    );
    if (rows.length > 0) {
      await dataSource.transaction((em) =>
        em.insert(
          PlainProjectedEntrySchema,
          rows.map(
            (row): ProjectedEntry => ({
              eventId: row.event_id,
              streamName: row.stream_name,
              revision: Number(row.revision),
              minutes: row.data.minutes,
            }),
          ),
        ),
      );
      applied += rows.length;
      after = rows[rows.length - 1].position;
    }
    if (rows.length < BATCH_SIZE) return applied;
  }
}

/** Projection rebuild: SubscriptionRunner.rebuild from position zero, committing every BATCH_SIZE events. */
export async function projectionRebuild(
  context: BenchContext,
  dataSource: DataSource,
): Promise<void> {
  const total = context.rebuildEvents;
  console.log(
    `Loading ${total.toLocaleString('en-US')} events into ${REBUILD_SCHEMA}...`,
  );
  await bulkLoad(context.connectionString, REBUILD_SCHEMA, total);
  await dataSource.query(
    `create table plain_rebuild as select * from ${REBUILD_SCHEMA}.events`,
  );
  await dataSource.query(
    `alter table plain_rebuild add primary key (position)`,
  );
  await dataSource.query(`vacuum (analyze) ${REBUILD_SCHEMA}.events`);
  await dataSource.query(`vacuum (analyze) plain_rebuild`);

  const plain = await timed(() => plainRebuild(dataSource));

  const store = createPostgresEventStore({
    connectionString: context.connectionString,
    schema: REBUILD_SCHEMA,
  });
  const runner = new SubscriptionRunner(
    dataSource,
    store,
    [entriesProjection],
    { rebuildBatchSize: BATCH_SIZE },
  );
  let rebuilt;
  try {
    rebuilt = await timed(() => runner.rebuild(entriesProjection.name));
  } finally {
    await store.close();
  }
  const [{ count }] = await dataSource.query(
    `select count(*)::int as count from bench_projected_entries`,
  );

  context.report.table(
    `Projection rebuild over ${total.toLocaleString('en-US')} events (one row per event via EntityManager.insert, ${BATCH_SIZE} events per transaction)`,
    ['rebuild', 'rows', 'seconds', 'events/s', 'vs plain'],
    [
      [
        'plain page-and-insert (limit)',
        plain.result.toLocaleString('en-US'),
        plain.seconds.toFixed(2),
        formatRate(plain.result / plain.seconds),
        '1.00x',
      ],
      [
        'SubscriptionRunner.rebuild',
        Number(count).toLocaleString('en-US'),
        rebuilt.seconds.toFixed(2),
        formatRate(count / rebuilt.seconds),
        formatRatio(count / rebuilt.seconds, plain.result / plain.seconds),
      ],
    ],
  );
  if (Number(count) !== total)
    console.log(
      `WARNING: the projection holds ${count} rows, expected ${total}`,
    );
}
