import type { Pool } from 'pg';
import type { AllFilter, AllSlice, Position } from '../port/types';
import type { UpcasterChain } from '../upcasting/upcaster-chain';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';
import { decodePosition, encodePosition } from './position-codec';

/** Rows scanned per query when a filter may skip many events (keeps `next` moving through sparse matches). */
const FILTERED_SCAN_SIZE = 5000;

interface ReadAllRow extends Partial<EventRow> {
  scanned_count: number;
  last_transaction_id: string | null;
  last_position: string | null;
}

/**
 * Visibility gate: a row is readable only when its transaction is older than every transaction still running.
 * A transaction that took a lower position but commits later is then never skipped; the pair
 * (transaction id, position) is the order and the resume token. System streams ('$'-prefixed) are never returned.
 */
export function visibleAfterSql(schema: string): string {
  return `from ${schema}.events e
   where (e.transaction_id, e.position) > ($1::xid8, $2::bigint)
     and e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())`;
}

export function filterSql(
  alias: string,
  prefixesParam: string,
  typesParam: string,
): string {
  return `not starts_with(${alias}.stream_name, '$')
     and (${prefixesParam}::text[] is null
          or exists (select 1 from unnest(${prefixesParam}::text[]) p(prefix) where starts_with(${alias}.stream_name, p.prefix)))
     and (${typesParam}::text[] is null or ${alias}.type = any(${typesParam}::text[]))`;
}

export function filterParams(
  filter: AllFilter | undefined,
): [string[] | null, string[] | null] {
  return [
    filter?.streamPrefixes ? [...filter.streamPrefixes] : null,
    filter?.eventTypes ? [...filter.eventTypes] : null,
  ];
}

export async function readAllSlice(
  pool: Pool,
  schema: string,
  upcasters: UpcasterChain,
  from: Position,
  maxCount: number,
  filter: AllFilter | undefined,
): Promise<AllSlice> {
  const start = decodePosition(from);
  const filtered = Boolean(filter?.streamPrefixes || filter?.eventTypes);
  const scanSize = filtered ? Math.max(maxCount, FILTERED_SCAN_SIZE) : maxCount;
  const sql = `
with scanned as (
  select e.position, e.transaction_id, e.stream_name, e.type
  ${visibleAfterSql(schema)}
  order by e.transaction_id, e.position
  limit $3
),
matched as (
  select s.position, s.transaction_id from scanned s
   where ${filterSql('s', '$5', '$6')}
   order by s.transaction_id, s.position
   limit $4
),
stats as (
  select count(*)::int as scanned_count,
         (select transaction_id from scanned order by transaction_id desc, position desc limit 1) as last_transaction_id,
         (select position from scanned order by transaction_id desc, position desc limit 1) as last_position
    from scanned
)
select st.scanned_count, st.last_transaction_id, st.last_position, ${EVENT_COLUMNS}
  from stats st
  left join (matched m join ${schema}.events e on e.position = m.position) on true
 order by e.transaction_id, e.position`;
  const [prefixes, types] = filterParams(filter);
  const result = await pool.query<ReadAllRow>(sql, [
    start.transactionId,
    start.position,
    scanSize,
    maxCount,
    prefixes,
    types,
  ]);
  const stats = result.rows[0];
  const events = result.rows.filter(
    (row): row is ReadAllRow & EventRow => row.position != null,
  );
  const scannedAll = stats.scanned_count < scanSize;
  const lastScanned =
    stats.last_transaction_id != null && stats.last_position != null
      ? encodePosition(stats.last_transaction_id, stats.last_position)
      : from;
  if (events.length === maxCount) {
    const lastEvent = events[events.length - 1];
    const lastMatched = encodePosition(
      lastEvent.transaction_id,
      lastEvent.position,
    );
    return {
      events: events.map((row) => toRecordedEvent(row, upcasters)),
      next: lastMatched,
      isEnd: scannedAll && lastMatched === lastScanned,
    };
  }
  return {
    events: events.map((row) => toRecordedEvent(row, upcasters)),
    next: lastScanned,
    isEnd: scannedAll,
  };
}

export async function countVisibleAfter(
  pool: Pool,
  schema: string,
  from: Position,
  filter: AllFilter | undefined,
): Promise<number> {
  const start = decodePosition(from);
  const [prefixes, types] = filterParams(filter);
  const result = await pool.query<{ count: string }>(
    `select count(*) as count ${visibleAfterSql(schema)} and ${filterSql('e', '$3', '$4')}`,
    [start.transactionId, start.position, prefixes, types],
  );
  return Number(result.rows[0].count);
}
