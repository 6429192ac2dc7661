import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import { EXPORT_EVENT_TYPES, EXPORT_STREAM_PREFIX, type ExportEvent } from '@billing/exports/domain';
import { assertNever } from '@billing/shared/kernel';
import type { EntityManager } from 'typeorm';

export const EXPORTS_PROJECTION = 'exports';

/** `exp_exports`: each export's status, times and file, from its stream (idempotent by revision). */
@Injectable()
export class ExportsProjection implements Projection {
  readonly name = EXPORTS_PROJECTION;
  readonly filter = { streamPrefixes: [EXPORT_STREAM_PREFIX], eventTypes: EXPORT_EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as ExportEvent;
      const at = recorded.metadata.occurredAt;
      const id = event.data.exportId;
      const fresh = `revision < ${recorded.revision} and export_id = $1`;
      switch (event.type) {
        case 'export-requested':
          await em.query(
            `insert into exp_exports (export_id, requested_by, format, definition, status, requested_at, revision)
             values ($1, $2, $3, $4, 'queued', $5, $6) on conflict (export_id) do nothing`,
            [id, event.data.requestedBy, event.data.format, JSON.stringify(event.data.definition), at, recorded.revision],
          );
          break;
        case 'export-started':
          await em.query(
            `update exp_exports set status = 'running', started_at = $2, attempts = $3, failure_reason = null, revision = $4 where ${fresh}`,
            [id, at, event.data.attempt, recorded.revision],
          );
          break;
        case 'export-completed':
          await em.query(
            `update exp_exports set status = 'completed', finished_at = $2, storage_key = $3, file_name = $4, byte_size = $5,
                    row_count = $6, revision = $7 where ${fresh}`,
            [id, at, event.data.storageKey, event.data.fileName, event.data.byteSize, event.data.rowCount, recorded.revision],
          );
          break;
        case 'export-failed':
          await em.query(`update exp_exports set status = 'failed', finished_at = $2, failure_reason = $3, revision = $4 where ${fresh}`, [
            id,
            at,
            event.data.reason,
            recorded.revision,
          ]);
          break;
        case 'export-cancelled':
          await em.query(`update exp_exports set status = 'cancelled', finished_at = $2, revision = $3 where ${fresh}`, [id, at, recorded.revision]);
          break;
        default:
          assertNever(event, 'export event');
      }
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from exp_exports');
  }
}
