import {
  createPostgresEventStore,
  START,
  type Position,
} from '@billing/event-store';
import { Pool } from 'pg';
import { bulkLoad } from './bulk-load';
import { CATCH_UP_SCHEMA } from './database';
import { formatRate, formatRatio, timed, verdict } from './harness';
import type { BenchContext } from './main';

const PAGE_SIZE = 5000;
export const CATCH_UP_TARGET_SECONDS = 10;

export interface CatchUpFigure {
  reader: string;
  events: number;
  seconds: number;
}

/** Plain keyset read of a copy of the same rows: the limit for reading them in pages and decoding them in Node. */
async function plainKeysetRead(pool: Pool): Promise<number> {
  let after = '0';
  let events = 0;
  for (;;) {
    const { rows } = await pool.query<{ position: string }>(
      `select position, transaction_id, stream_name, revision, event_id, type, schema_version, data, metadata,
              recorded_at, hash, previous_hash
         from plain_catchup where position > $1 order by position limit $2`,
      [after, PAGE_SIZE],
    );
    events += rows.length;
    if (rows.length < PAGE_SIZE) return events;
    after = rows[rows.length - 1].position;
  }
}

/** Catch-up read of the whole store from START: readAll pages and subscribeAll until caught up. */
export async function catchUp(context: BenchContext): Promise<CatchUpFigure[]> {
  const total = context.catchUpEvents;
  console.log(
    `Loading ${total.toLocaleString('en-US')} events into ${CATCH_UP_SCHEMA} through append_events...`,
  );
  const load = await timed(() =>
    bulkLoad(context.connectionString, CATCH_UP_SCHEMA, total),
  );
  const pool = new Pool({ connectionString: context.connectionString, max: 2 });
  await pool.query(
    `create table plain_catchup as select * from ${CATCH_UP_SCHEMA}.events`,
  );
  await pool.query(`alter table plain_catchup add primary key (position)`);
  // What autovacuum would do soon after a bulk load; without it the first reader also pays for setting hint bits.
  await pool.query(`vacuum (analyze) ${CATCH_UP_SCHEMA}.events`);
  await pool.query(`vacuum (analyze) plain_catchup`);

  const store = createPostgresEventStore({
    connectionString: context.connectionString,
    schema: CATCH_UP_SCHEMA,
  });
  const figures: CatchUpFigure[] = [];
  try {
    const plain = await timed(() => plainKeysetRead(pool));
    figures.push({
      reader: `plain keyset SELECT (limit), pages of ${PAGE_SIZE}`,
      events: plain.result,
      seconds: plain.seconds,
    });

    const readAll = await timed(async () => {
      let from: Position = START;
      let events = 0;
      for (;;) {
        const slice = await store.readAll({ from, maxCount: PAGE_SIZE });
        events += slice.events.length;
        from = slice.next;
        if (slice.isEnd) return events;
      }
    });
    figures.push({
      reader: `readAll from START, pages of ${PAGE_SIZE}`,
      events: readAll.result,
      seconds: readAll.seconds,
    });

    const subscribe = await timed(async () => {
      const subscription = store.subscribeAll({
        from: START,
        batchSize: PAGE_SIZE,
      });
      let events = 0;
      for await (const message of subscription) {
        if (message.kind === 'event') events++;
        if (message.kind === 'caught-up') break;
      }
      await subscription.unsubscribe();
      return events;
    });
    figures.push({
      reader: `subscribeAll from START to caught-up, batch ${PAGE_SIZE}`,
      events: subscribe.result,
      seconds: subscribe.seconds,
    });
  } finally {
    await store.close();
    await pool.end();
  }

  const plainSeconds = figures[0].seconds;
  context.report.table(
    `Catch-up read of ${total.toLocaleString('en-US')} events (loaded in ${load.seconds.toFixed(1)} s = ${formatRate(total / load.seconds)} events/s via append_events, 1000 events per append, 2 loaders)`,
    [
      'reader',
      'events',
      'seconds',
      'events/s',
      'time vs plain',
      `target < ${CATCH_UP_TARGET_SECONDS} s`,
    ],
    figures.map((figure, index) => [
      figure.reader,
      figure.events.toLocaleString('en-US'),
      figure.seconds.toFixed(2),
      formatRate(figure.events / figure.seconds),
      formatRatio(figure.seconds, plainSeconds),
      index === 0
        ? '-'
        : verdict(
            figure.events === total && figure.seconds < CATCH_UP_TARGET_SECONDS,
          ),
    ]),
  );
  for (const figure of figures) {
    if (figure.events !== total)
      console.log(
        `WARNING: ${figure.reader} returned ${figure.events} of ${total} events`,
      );
  }
  return figures;
}
