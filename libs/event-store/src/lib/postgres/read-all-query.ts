import type { Pool } from 'pg';
import type {
  AllFilter,
  AllSlice,
  EventMetadata,
  Position,
  RecordedEvent,
  RecordedMetadata,
} from '../port/types';
import type { UpcasterChain } from '../upcasting/upcaster-chain';
import { decodePosition, encodePosition } from './position-codec';

/** Rows scanned per query when a filter may skip many events (keeps `next` moving through sparse matches). */
const FILTERED_SCAN_SIZE = 5000;

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

/**
 * One row per taken event plus, if not taken, the last scanned row (it carries the resume token and the scan count).
 * Columns in this order; node-postgres returns them as arrays (no per-row object keyed by column name).
 */
const Col = {
  Position: 0,
  TransactionId: 1,
  ScannedCount: 2,
  Take: 3,
  StreamName: 4,
  Revision: 5,
  EventId: 6,
  Type: 7,
  SchemaVersion: 8,
  Data: 9,
  Metadata: 10,
  RecordedAt: 11,
  Hash: 12,
  PreviousHash: 13,
} as const;

type SliceRow = [
  string,
  string,
  string,
  boolean,
  string,
  string,
  string,
  string,
  number,
  unknown,
  EventMetadata | null,
  Date,
  string,
  string,
];

/**
 * One pass over the visible rows in (transaction id, position) order: the scan is limited to `$3` rows, filtered,
 * and at most `$4` matches are taken. Only taken rows (and the last scanned one) leave the server, with their
 * payloads; no join back to the table.
 */
function sliceSql(schema: string): string {
  return `
select s.position, s.transaction_id, s.scanned, s.take, s.stream_name, s.revision, s.event_id, s.type,
       s.schema_version,
       case when s.take then s.data end as data,
       case when s.take then s.metadata end as metadata,
       s.recorded_at, s.hash, s.previous_hash
  from (
    select w.*,
           row_number() over win as scanned,
           lead(true) over win is null as last,
           w.ok and count(*) filter (where w.ok) over win <= $4 as take
      from (
        select e.position, e.transaction_id, e.stream_name, e.revision, e.event_id, e.type, e.schema_version,
               e.data, e.metadata, e.recorded_at, e.hash, e.previous_hash, ${filterSql('e', '$5', '$6')} as ok
          ${visibleAfterSql(schema)}
         order by e.transaction_id, e.position
         limit $3
      ) w
    window win as (order by w.transaction_id, w.position)
  ) s
 where s.take or s.last
 order by s.transaction_id, s.position`;
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
  const [prefixes, types] = filterParams(filter);
  const result = await pool.query<SliceRow>({
    text: sliceSql(schema),
    values: [
      start.transactionId,
      start.position,
      scanSize,
      maxCount,
      prefixes,
      types,
    ],
    rowMode: 'array',
  });
  const rows = result.rows;
  const lastRow = rows[rows.length - 1];
  if (!lastRow) {
    return { events: [], next: from, isEnd: true };
  }
  const scannedAll = Number(lastRow[Col.ScannedCount]) < scanSize;
  const lastScanned = encodePosition(
    lastRow[Col.TransactionId],
    lastRow[Col.Position],
  );
  const events: RecordedEvent[] = [];
  let lastTaken: SliceRow | undefined;
  for (const row of rows) {
    if (row[Col.Take]) {
      events.push(toEvent(row, upcasters));
      lastTaken = row;
    }
  }
  if (events.length === maxCount && lastTaken) {
    const lastMatched = encodePosition(
      lastTaken[Col.TransactionId],
      lastTaken[Col.Position],
    );
    return {
      events,
      next: lastMatched,
      isEnd: scannedAll && lastMatched === lastScanned,
    };
  }
  return { events, next: lastScanned, isEnd: scannedAll };
}

/** Same result as `toRecordedEvent`, built straight from the row array; the parsed metadata object is reused. */
function toEvent(row: SliceRow, upcasters: UpcasterChain): RecordedEvent {
  const type = row[Col.Type];
  const { schemaVersion, data } = upcasters.upcast(
    type,
    row[Col.SchemaVersion],
    row[Col.Data],
  );
  // Freshly parsed for this row: completed in place instead of copied.
  const metadata = row[Col.Metadata] as RecordedMetadata;
  metadata.recordedAt = row[Col.RecordedAt].toISOString();
  metadata.hash = row[Col.Hash];
  metadata.previousHash = row[Col.PreviousHash];
  return {
    id: row[Col.EventId],
    streamId: row[Col.StreamName],
    type,
    schemaVersion,
    revision: Number(row[Col.Revision]),
    position: encodePosition(row[Col.TransactionId], row[Col.Position]),
    data,
    metadata,
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
