import type { Pool } from 'pg';
import type { VerifyResult } from '../port/types';

interface VerifyRow {
  events_checked: string;
  stream_name: string | null;
  revision: string | null;
  event_id: string | null;
  reason: string | null;
}

/**
 * Recomputes every hash from the stored content and checks each link to the previous event of the same stream,
 * in (stream, revision) order; reports the first broken link.
 */
export async function verifyChain(
  pool: Pool,
  schema: string,
  stream: string | undefined,
): Promise<VerifyResult> {
  const result = await pool.query<VerifyRow>(
    `with chain as (
       select e.stream_name, e.revision, e.event_id, e.hash, e.previous_hash,
              ${schema}.event_hash(e.stream_name, e.revision, e.event_id, e.type, e.schema_version, e.data,
                                   e.metadata, e.previous_hash) as recomputed,
              lag(e.hash) over w as actual_previous_hash,
              lag(e.revision) over w as previous_revision
         from ${schema}.events e
        where $1::text is null or e.stream_name = $1
       window w as (partition by e.stream_name order by e.revision)
     ),
     broken as (
       select stream_name, revision, event_id,
              case
                when revision <> coalesce(previous_revision, -1) + 1 then 'revision gap before this event'
                when previous_hash <> coalesce(actual_previous_hash, '') then 'previous hash does not match the previous event'
                when hash <> recomputed then 'content does not match its hash'
              end as reason
         from chain
        where revision <> coalesce(previous_revision, -1) + 1
           or previous_hash <> coalesce(actual_previous_hash, '')
           or hash <> recomputed
        order by stream_name, revision
        limit 1
     )
     select (select count(*) from chain) as events_checked, b.stream_name, b.revision, b.event_id::text, b.reason
       from (select 1) one left join broken b on true`,
    [stream ?? null],
  );
  const row = result.rows[0];
  const eventsChecked = Number(row.events_checked);
  if (
    row.stream_name === null ||
    row.revision === null ||
    row.event_id === null ||
    row.reason === null
  ) {
    return { ok: true, eventsChecked };
  }
  return {
    ok: false,
    eventsChecked,
    firstBrokenLink: {
      stream: row.stream_name,
      revision: Number(row.revision),
      eventId: row.event_id,
      reason: row.reason,
    },
  };
}
