import type { Pool } from 'pg';
import type {
  ReadStreamOptions,
  ReadStreamResult,
  RecordedEvent,
  StreamMetadata,
} from '../port/types';
import type { UpcasterChain } from '../upcasting/upcaster-chain';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';

const PAGE_SIZE = 500;

interface StreamRow {
  revision: string;
  deleted: boolean;
  deleted_before: string;
  tombstoned: boolean;
  metadata: StreamMetadata | null;
}

/** The revision window a reader may see: soft delete, $tb, $maxCount and $maxAge applied. */
interface ReadWindow {
  lowestRevision: number;
  highestRevision: number;
  maxAgeSeconds: number | null;
}

function readWindow(row: StreamRow): ReadWindow {
  const last = Number(row.revision);
  const metadata = row.metadata ?? {};
  let lowest = Number(row.deleted_before);
  if (metadata.truncateBefore !== undefined) {
    lowest = Math.max(lowest, metadata.truncateBefore);
  }
  if (metadata.maxCount !== undefined) {
    lowest = Math.max(lowest, last - metadata.maxCount + 1);
  }
  return {
    lowestRevision: lowest,
    highestRevision: last,
    maxAgeSeconds: metadata.maxAge ?? null,
  };
}

export async function readStream(
  pool: Pool,
  schema: string,
  upcasters: UpcasterChain,
  stream: string,
  options: ReadStreamOptions,
): Promise<ReadStreamResult> {
  const found = await pool.query<StreamRow>(
    `select revision, deleted, deleted_before, tombstoned, metadata from ${schema}.streams where name = $1`,
    [stream],
  );
  const row = found.rows[0];
  if (!row || Number(row.revision) < 0) {
    return { kind: 'not_found', stream };
  }
  if (row.tombstoned) {
    return { kind: 'deleted', stream };
  }
  if (row.deleted) {
    return { kind: 'not_found', stream };
  }
  const window = readWindow(row);
  const direction = options.direction ?? 'forwards';
  const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
  const from = options.fromRevision;
  let cursor: number;
  if (direction === 'forwards') {
    cursor =
      from === undefined || from === 'start'
        ? 0
        : from === 'end'
          ? window.highestRevision
          : from;
  } else {
    cursor =
      from === undefined || from === 'end'
        ? window.highestRevision
        : from === 'start'
          ? 0
          : from;
  }
  return {
    kind: 'found',
    events: pageThrough(
      pool,
      schema,
      upcasters,
      stream,
      window,
      direction,
      cursor,
      maxCount,
    ),
  };
}

async function* pageThrough(
  pool: Pool,
  schema: string,
  upcasters: UpcasterChain,
  stream: string,
  window: ReadWindow,
  direction: 'forwards' | 'backwards',
  startRevision: number,
  maxCount: number,
): AsyncGenerator<RecordedEvent> {
  const forwards = direction === 'forwards';
  let cursor = startRevision;
  let remaining = maxCount;
  while (remaining > 0) {
    const limit = Math.min(PAGE_SIZE, remaining);
    const result = await pool.query<EventRow>(
      `select ${EVENT_COLUMNS} from ${schema}.events e
        where e.stream_name = $1
          and e.revision between $2 and $3
          and e.revision ${forwards ? '>=' : '<='} $4
          and ($5::double precision is null or e.recorded_at >= now() - make_interval(secs => $5))
        order by e.revision ${forwards ? 'asc' : 'desc'}
        limit $6`,
      [
        stream,
        window.lowestRevision,
        window.highestRevision,
        cursor,
        window.maxAgeSeconds,
        limit,
      ],
    );
    for (const row of result.rows) {
      yield toRecordedEvent(row, upcasters);
    }
    remaining -= result.rows.length;
    if (result.rows.length < limit) {
      return;
    }
    const last = Number(result.rows[result.rows.length - 1].revision);
    cursor = forwards ? last + 1 : last - 1;
  }
}
