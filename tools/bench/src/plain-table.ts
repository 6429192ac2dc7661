import type { EventToAppend } from '@billing/event-store';
import { Pool } from 'pg';
import type { Contender } from './contender';

export const PLAIN = 'plain INSERT (limit)';
export const PLAIN_NOTIFY = 'plain INSERT + pg_notify';

/**
 * The physical limit: the same rows, sent the same way (one JSON array parameter, one statement per append), into a
 * table with the same columns and a single primary key (stream, revision). No stream row, lock, revision check,
 * idempotency lookup, hash chain, transaction id index or NOTIFY.
 */
export const PLAIN_TABLE_SQL = `
create table if not exists plain_events (
  position bigint generated always as identity,
  stream_name text not null,
  revision bigint not null,
  event_id uuid not null,
  type text not null,
  schema_version integer not null default 1,
  data jsonb not null,
  metadata jsonb not null,
  recorded_at timestamptz not null default now(),
  primary key (stream_name, revision)
)`;

const INSERT_SQL = `
insert into plain_events (stream_name, revision, event_id, type, schema_version, data, metadata)
select $1, $2::bigint + t.ord - 1, (t.e ->> 'id')::uuid, t.e ->> 'type', (t.e ->> 'schemaVersion')::integer,
       t.e -> 'data', t.e -> 'metadata'
  from jsonb_array_elements($3::jsonb) with ordinality as t(e, ord)`;

/** The same insert plus one pg_notify in the same statement: shows what NOTIFY alone costs at commit. */
const INSERT_NOTIFY_SQL = `
with inserted as (${INSERT_SQL} returning 1)
select pg_notify('bench_plain_appended', $1) from (select count(*) from inserted) as done`;

const payload = (events: EventToAppend[]): string =>
  JSON.stringify(
    events.map((event) => ({
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: event.data,
      metadata: event.metadata,
    })),
  );

/**
 * With `notify`, each append also calls pg_notify in its transaction, as the store does to wake subscribers.
 * PostgreSQL serialises the commits of notifying transactions (one global queue lock), so they cannot share a WAL flush.
 */
export function plainTableContender(
  connectionString: string,
  connections: number,
  notify = false,
): Contender {
  const pool = new Pool({ connectionString, max: connections });
  const insertSql = notify ? INSERT_NOTIFY_SQL : INSERT_SQL;
  // Each writer owns its streams, so the next revision can be counted here without a lock.
  const nextRevision = new Map<string, number>();
  return {
    name: notify ? PLAIN_NOTIFY : PLAIN,
    async append(stream, events) {
      const revision = nextRevision.get(stream) ?? 0;
      await pool.query(insertSql, [stream, revision, payload(events)]);
      nextRevision.set(stream, revision + events.length);
    },
    async readThenAppend(stream, events) {
      const read = await pool.query<{ revision: string }>(
        `select revision, event_id, type, schema_version, data, metadata, recorded_at
           from plain_events where stream_name = $1 order by revision`,
        [stream],
      );
      const last = read.rows[read.rows.length - 1];
      await pool.query(insertSql, [
        stream,
        last ? Number(last.revision) + 1 : 0,
        payload(events),
      ]);
    },
    close: () => pool.end(),
  };
}
