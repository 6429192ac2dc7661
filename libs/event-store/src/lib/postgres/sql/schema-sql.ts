import { quoteIdentifier } from './quote-identifier';

/**
 * DDL for the PostgreSQL event store, parameterised by schema name.
 * Kept as plain SQL so the migration, the tests and a DBA all read the same text.
 */
export function createSchemaSql(schema: string): string {
  const s = quoteIdentifier(schema);
  return `
create schema if not exists ${s};

create table ${s}.streams (
  name text primary key,
  -- Revision of the last event; -1 while the stream has no event.
  revision bigint not null default -1,
  -- Soft delete: reads say not found until the next append; revisions continue.
  deleted boolean not null default false,
  -- Events below this revision were soft-deleted and are never returned again.
  deleted_before bigint not null default 0,
  -- Hard delete: the stream can never be written or read again.
  tombstoned boolean not null default false,
  -- Latest stream metadata (cache of the last event in the '$$<name>' metastream).
  metadata jsonb,
  last_hash text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table ${s}.events (
  position bigint generated always as identity primary key,
  transaction_id xid8 not null default pg_current_xact_id(),
  stream_name text not null references ${s}.streams (name),
  revision bigint not null check (revision >= 0),
  event_id uuid not null,
  type text not null,
  schema_version integer not null default 1 check (schema_version >= 1),
  data jsonb not null,
  metadata jsonb not null,
  recorded_at timestamptz not null default now(),
  hash text not null,
  previous_hash text not null,
  constraint events_stream_revision_unique unique (stream_name, revision),
  constraint events_stream_event_id_unique unique (stream_name, event_id)
);

-- Catch-up reads walk this index: (transaction id, position) is the only order that never skips a late commit.
create index events_transaction_position_idx on ${s}.events (transaction_id, position);

-- Events are facts: nobody changes or removes them, not even the table owner.
create function ${s}.refuse_event_mutation() returns trigger language plpgsql as $fn$
begin
  raise exception 'event rows are immutable: % refused on %.%', tg_op, tg_table_schema, tg_table_name
    using errcode = 'ES003';
end;
$fn$;

create trigger events_immutable_rows before update or delete on ${s}.events
  for each row execute function ${s}.refuse_event_mutation();
create trigger events_immutable_table before truncate on ${s}.events
  for each statement execute function ${s}.refuse_event_mutation();

revoke update, delete, truncate on ${s}.events from public;

-- One canonical serialisation for the hash: a JSON array, rendered by jsonb (deterministic key order and spacing).
create function ${s}.event_hash(
  p_stream text, p_revision bigint, p_event_id uuid, p_type text, p_schema_version integer,
  p_data jsonb, p_metadata jsonb, p_previous_hash text
) returns text language sql immutable as $fn$
  select encode(
    sha256(convert_to(
      jsonb_build_array(p_stream, p_revision, p_event_id::text, p_type, p_schema_version, p_data, p_metadata)::text
        || p_previous_hash,
      'UTF8')),
    'hex');
$fn$;

-- Checks the expected revision of a locked stream row; raises ES002 with the actual revision in DETAIL.
create function ${s}.check_expected_revision(
  p_stream text, p_expected text, p_revision bigint, p_deleted boolean
) returns void language plpgsql as $fn$
declare
  v_exists boolean := p_revision >= 0 and not p_deleted;
  v_actual text := case when p_revision >= 0 then p_revision::text else 'no_stream' end;
begin
  if p_expected = 'any' then
    return;
  elsif p_expected = 'no_stream' then
    if not v_exists then return; end if;
  elsif p_expected = 'stream_exists' then
    if v_exists then return; end if;
  elsif p_expected ~ '^[0-9]+$' then
    if p_revision = p_expected::bigint then return; end if;
  else
    raise exception 'invalid expected revision %', p_expected using errcode = '22023';
  end if;
  raise exception 'wrong expected revision on %: expected %, actual %', p_stream, p_expected, v_actual
    using errcode = 'ES002', detail = v_actual;
end;
$fn$;

${appendEventsV1Sql(s)}

-- Soft delete (p_hard = false) or tombstone (p_hard = true), after the expected-revision check.
create function ${s}.delete_stream(p_stream text, p_expected text, p_hard boolean)
returns void language plpgsql as $fn$
declare
  v_stream ${s}.streams%rowtype;
begin
  insert into ${s}.streams (name) values (p_stream) on conflict (name) do nothing;
  select * into v_stream from ${s}.streams where name = p_stream for update;
  if v_stream.tombstoned then
    raise exception 'stream % is deleted', p_stream using errcode = 'ES001';
  end if;
  perform ${s}.check_expected_revision(p_stream, p_expected, v_stream.revision, v_stream.deleted);
  update ${s}.streams
     set deleted = true,
         deleted_before = v_stream.revision + 1,
         tombstoned = p_hard,
         updated_at = now()
   where name = p_stream;
end;
$fn$;
`;
}

export function dropSchemaSql(schema: string): string {
  return `drop schema if exists ${quoteIdentifier(schema)} cascade;`;
}

/**
 * The first append function (migration CreateEventStore): inserts and hashes row by row and pg_notifies inside the
 * transaction. Kept verbatim because that migration creates it and SetBasedAppend's down() restores it.
 */
export function appendEventsV1Sql(s: string): string {
  return `/*
 * Appends a batch to one stream in one round trip.
 * p_events: JSON array of {id, type, schemaVersion, data, metadata}.
 * Locks the stream row (appends serialise per stream), checks the expected revision, recognises an idempotent
 * retry of the same event ids, chains the hashes under the lock, and wakes readers with pg_notify.
 */
create function ${s}.append_events(p_stream text, p_expected text, p_events jsonb, p_channel text)
returns table (next_revision bigint, transaction_id xid8, "position" bigint)
language plpgsql as $fn$
#variable_conflict use_column
declare
  v_stream ${s}.streams%rowtype;
  v_count integer := jsonb_array_length(p_events);
  v_first_revision bigint;
  v_matching integer;
  v_revision bigint;
  v_previous_hash text;
  v_hash text;
  v_position bigint;
  v_event record;
begin
  insert into ${s}.streams (name) values (p_stream) on conflict (name) do nothing;
  select * into v_stream from ${s}.streams where name = p_stream for update;

  if v_stream.tombstoned then
    raise exception 'stream % is deleted', p_stream using errcode = 'ES001';
  end if;

  -- Idempotent retry: the same ids, in the same order, already stored right where this append expected to write.
  if v_count > 0 then
    select e.revision into v_first_revision from ${s}.events e
      where e.stream_name = p_stream and e.event_id = (p_events -> 0 ->> 'id')::uuid;
    if found then
      select count(*) into v_matching
        from jsonb_array_elements(p_events) with ordinality as p(value, ord)
        join ${s}.events e
          on e.stream_name = p_stream
         and e.revision = v_first_revision + p.ord - 1
         and e.event_id = (p.value ->> 'id')::uuid;
      if v_matching = v_count and (
           p_expected in ('any', 'stream_exists')
        or (p_expected = 'no_stream' and v_first_revision = 0)
        or (p_expected ~ '^[0-9]+$' and p_expected::bigint = v_first_revision - 1)
      ) then
        return query
          select e.revision, e.transaction_id, e.position from ${s}.events e
           where e.stream_name = p_stream and e.revision = v_first_revision + v_count - 1;
        return;
      end if;
    end if;
  end if;

  perform ${s}.check_expected_revision(p_stream, p_expected, v_stream.revision, v_stream.deleted);

  if v_count = 0 then
    return query
      select v_stream.revision, e.transaction_id, e.position from ${s}.events e
       where e.stream_name = p_stream and e.revision = v_stream.revision;
    return;
  end if;

  v_revision := v_stream.revision;
  v_previous_hash := v_stream.last_hash;
  for v_event in select p.value from jsonb_array_elements(p_events) as p(value) loop
    v_revision := v_revision + 1;
    v_hash := ${s}.event_hash(
      p_stream, v_revision, (v_event.value ->> 'id')::uuid, v_event.value ->> 'type',
      coalesce((v_event.value ->> 'schemaVersion')::integer, 1), v_event.value -> 'data', v_event.value -> 'metadata',
      v_previous_hash);
    insert into ${s}.events (stream_name, revision, event_id, type, schema_version, data, metadata, hash, previous_hash)
    values (
      p_stream, v_revision, (v_event.value ->> 'id')::uuid, v_event.value ->> 'type',
      coalesce((v_event.value ->> 'schemaVersion')::integer, 1), v_event.value -> 'data', v_event.value -> 'metadata',
      v_hash, v_previous_hash)
    returning events.position into v_position;
    v_previous_hash := v_hash;
  end loop;

  update ${s}.streams
     set revision = v_revision, last_hash = v_previous_hash, deleted = false, updated_at = now()
   where name = p_stream;

  -- A metastream append ('$$<stream>') refreshes the cached metadata of its stream.
  if starts_with(p_stream, '$$') then
    insert into ${s}.streams (name, metadata) values (substr(p_stream, 3), p_events -> (v_count - 1) -> 'data')
      on conflict (name) do update set metadata = excluded.metadata, updated_at = now();
  end if;

  perform pg_notify(p_channel, p_stream);
  return query select v_revision, pg_current_xact_id(), v_position;
end;
$fn$;`;
}

/**
 * The append function without the in-transaction wake-up (migration AppendNotifyAfterCommit): `pg_notify` only runs
 * when `p_channel` is given. A notifying transaction holds a cluster-wide lock from its commit record through the WAL
 * flush, so notifying appends cannot share a flush and concurrent appends serialise. The adapter passes null and
 * sends a coalesced NOTIFY after the append has committed; direct SQL callers that pass a channel keep the old
 * behaviour.
 */
export function appendEventsNotifyOptionalSql(s: string): string {
  const v1 = appendEventsV1Sql(s);
  const notify = '  perform pg_notify(p_channel, p_stream);\n';
  if (!v1.includes(notify) || !v1.includes('create function')) {
    throw new Error(
      'append_events v1 text changed: update appendEventsNotifyOptionalSql',
    );
  }
  return v1
    .replace('create function', 'create or replace function')
    .replace(
      notify,
      '  if p_channel is not null then\n    perform pg_notify(p_channel, p_stream);\n  end if;\n',
    );
}
