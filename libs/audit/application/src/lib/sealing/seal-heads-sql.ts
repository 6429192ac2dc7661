import { DEFAULT_EVENT_STORE_SCHEMA } from '@billing/event-store';
import { AUDIT_SEAL_STREAM } from '@billing/audit/contracts';

/** The PostgreSQL adapter's schema: sealing reads its events table directly (one pass, no row leaves the server). */
export const EVENTS_TABLE = `${DEFAULT_EVENT_STORE_SCHEMA}.events`;

/** Copies every stream's head (highest revision and its hash) under the seal, leaving out the seal stream itself. */
export const SNAPSHOT_HEADS_SQL = `
  insert into audit_seal_heads (seal_id, sealed_at, stream, revision, hash)
  select $1, $2, stream_name, revision, hash
    from (select distinct on (stream_name) stream_name, revision, hash
            from ${EVENTS_TABLE}
           where stream_name <> '${AUDIT_SEAL_STREAM}'
           order by stream_name, revision desc) heads`;

export const COVERED_EVENTS_SQL = `
  select count(*)::text as events, coalesce(max(position), 0)::text as position
    from ${EVENTS_TABLE} where stream_name <> '${AUDIT_SEAL_STREAM}'`;

/** SHA-256 over `stream revision hash` lines in byte order of the stream names: the same text whoever computes it. */
export const HEADS_DIGEST_SQL = `
  select count(*)::int as streams,
         encode(sha256(convert_to(coalesce(
           string_agg(stream || ' ' || revision || ' ' || hash, E'\\n' order by stream collate "C"), ''), 'UTF8')), 'hex') as digest
    from audit_seal_heads where seal_id = $1`;

/** Sealed heads that are shorter now, or whose sealed event no longer carries the sealed hash. */
export const SEAL_PROBLEMS_SQL = `
  with compared as (
    select h.stream, h.revision as sealed_revision, h.hash as sealed_hash,
           (select max(e.revision) from ${EVENTS_TABLE} e where e.stream_name = h.stream) as actual_revision,
           (select e.hash from ${EVENTS_TABLE} e where e.stream_name = h.stream and e.revision = h.revision) as actual_hash
      from audit_seal_heads h
     where h.seal_id = $1 and ($2::text is null or h.stream = $2)
  ),
  problems as (
    select * from compared
     where actual_revision is null or actual_revision < sealed_revision or actual_hash is distinct from sealed_hash
  )
  select (select count(*)::int from compared) as checked,
         (select count(*)::int from problems) as found,
         coalesce((select json_agg(p) from (select * from problems order by stream collate "C" limit $3) p), '[]'::json) as first`;
