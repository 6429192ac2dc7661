import type { EventMetadata, RecordedEvent } from '../port/types';
import type { UpcasterChain } from '../upcasting/upcaster-chain';
import { encodePosition } from './position-codec';

/** One row of the events table as node-postgres returns it (bigint and xid8 as strings). */
export interface EventRow {
  position: string;
  transaction_id: string;
  stream_name: string;
  revision: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  recorded_at: Date;
  hash: string;
  previous_hash: string;
}

export const EVENT_COLUMNS =
  'e.position, e.transaction_id, e.stream_name, e.revision, e.event_id, e.type, e.schema_version, e.data, ' +
  'e.metadata, e.recorded_at, e.hash, e.previous_hash';

export function toRecordedEvent(
  row: EventRow,
  upcasters: UpcasterChain,
): RecordedEvent {
  const { schemaVersion, data } = upcasters.upcast(
    row.type,
    row.schema_version,
    row.data,
  );
  return {
    id: row.event_id,
    streamId: row.stream_name,
    type: row.type,
    schemaVersion,
    revision: Number(row.revision),
    position: encodePosition(row.transaction_id, row.position),
    data,
    metadata: {
      ...row.metadata,
      recordedAt: row.recorded_at.toISOString(),
      hash: row.hash,
      previousHash: row.previous_hash,
    },
  };
}
