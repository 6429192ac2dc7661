import { quoteIdentifier } from './quote-identifier';

/**
 * The current append function (migration SetBasedAppend replaces the row-by-row one of CreateEventStore).
 *
 * Same signature, same guarantees: the stream row is locked (appends serialise per stream), the expected revision is
 * checked (ES002 with the actual revision in DETAIL), tombstoned streams raise ES001, an idempotent retry of the same
 * event ids returns the original result, and each event's hash chains to the previous one under the lock with the
 * same `event_hash` as before, so a 10-event append and ten 1-event appends of the same content hash alike.
 *
 * What changed from the row-by-row version:
 * - The batch is unpacked and hashed in one pass, then written by a single `insert ... select from unnest(...)`
 *   (one statement for the whole batch instead of one per event).
 * - An existing stream row is locked with one statement; the `insert ... on conflict` only runs for a new stream.
 * - As since AppendNotifyAfterCommit: `pg_notify` only when `p_channel` is given (the adapter passes null).
 */
export function appendEventsV2Sql(schema: string): string {
  const s = quoteIdentifier(schema);
  return `
create or replace function ${s}.append_events(p_stream text, p_expected text, p_events jsonb, p_channel text)
returns table (next_revision bigint, transaction_id xid8, "position" bigint)
language plpgsql as $fn$
#variable_conflict use_column
declare
  v_stream ${s}.streams%rowtype;
  v_count integer := jsonb_array_length(p_events);
  v_first_revision bigint;
  v_matching integer;
  v_previous_hash text;
  v_position bigint;
  v_event jsonb;
  v_index integer := 0;
  v_ids uuid[];
  v_types text[];
  v_versions integer[];
  v_data jsonb[];
  v_metadata jsonb[];
  v_hashes text[];
  v_previous_hashes text[];
begin
  select * into v_stream from ${s}.streams where name = p_stream for update;
  if not found then
    insert into ${s}.streams (name) values (p_stream) on conflict (name) do nothing;
    select * into v_stream from ${s}.streams where name = p_stream for update;
  end if;

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

  -- The chain is sequential (each hash covers the previous one), so it is computed in one pass over the batch;
  -- the rows are then written by one statement.
  v_previous_hash := v_stream.last_hash;
  for v_event in select p.value from jsonb_array_elements(p_events) as p(value) loop
    v_index := v_index + 1;
    v_ids[v_index] := (v_event ->> 'id')::uuid;
    v_types[v_index] := v_event ->> 'type';
    v_versions[v_index] := coalesce((v_event ->> 'schemaVersion')::integer, 1);
    v_data[v_index] := v_event -> 'data';
    v_metadata[v_index] := v_event -> 'metadata';
    v_previous_hashes[v_index] := v_previous_hash;
    v_previous_hash := ${s}.event_hash(
      p_stream, v_stream.revision + v_index, v_ids[v_index], v_types[v_index], v_versions[v_index],
      v_data[v_index], v_metadata[v_index], v_previous_hash);
    v_hashes[v_index] := v_previous_hash;
  end loop;

  -- Rows go in batch order, so positions rise with revisions inside the batch.
  with inserted as (
    insert into ${s}.events (stream_name, revision, event_id, type, schema_version, data, metadata, hash, previous_hash)
    select p_stream, v_stream.revision + b.ord, b.event_id, b.event_type, b.schema_version, b.event_data,
           b.event_metadata, b.event_hash, b.previous_event_hash
      from unnest(v_ids, v_types, v_versions, v_data, v_metadata, v_hashes, v_previous_hashes) with ordinality
           as b(event_id, event_type, schema_version, event_data, event_metadata, event_hash, previous_event_hash, ord)
     order by b.ord
    returning events.position
  )
  select max(i.position) into v_position from inserted i;

  update ${s}.streams
     set revision = v_stream.revision + v_count, last_hash = v_previous_hash, deleted = false, updated_at = now()
   where name = p_stream;

  -- A metastream append ('$$<stream>') refreshes the cached metadata of its stream.
  if starts_with(p_stream, '$$') then
    insert into ${s}.streams (name, metadata) values (substr(p_stream, 3), p_events -> (v_count - 1) -> 'data')
      on conflict (name) do update set metadata = excluded.metadata, updated_at = now();
  end if;

  if p_channel is not null then
    perform pg_notify(p_channel, p_stream);
  end if;
  return query select v_stream.revision + v_count, pg_current_xact_id(), v_position;
end;
$fn$;
`;
}
