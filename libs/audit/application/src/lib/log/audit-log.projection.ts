import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { EntityManager } from 'typeorm';
import { entityOfStream } from '../shared/entity-streams';

export const AUDIT_LOG_PROJECTION = 'audit-log';

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The reason from the metadata, or from the data for events that record it there (`time-entry-edited`). */
export function reasonOf(event: RecordedEvent): string | null {
  const fromMetadata = optionalText(event.metadata.reason);
  if (fromMetadata !== null) return fromMetadata;
  const data = event.data;
  return typeof data === 'object' && data !== null ? optionalText((data as Record<string, unknown>)['reason']) : null;
}

const COLUMNS = 16;
/** Rows per insert: 16 parameters each stays far below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1000;

/** `audit_log`: one row per event of every stream, unfiltered; rebuildable from position 0. */
@Injectable()
export class AuditLogProjection implements Projection {
  readonly name = AUDIT_LOG_PROJECTION;

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    for (let start = 0; start < events.length; start += CHUNK) {
      await this.insert(events.slice(start, start + CHUNK), em);
    }
  }

  private async insert(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const values: unknown[] = [];
    const rows = events.map((event, index) => {
      const { entityType, entityId } = entityOfStream(event.streamId);
      const { metadata } = event;
      values.push(
        event.id, event.position, event.streamId, entityType, entityId, event.type, event.schemaVersion, event.revision,
        metadata.actor, metadata.occurredAt, metadata.recordedAt, reasonOf(event),
        optionalText(metadata.correlationId), optionalText(metadata.causationId), metadata.hash, index,
      );
      const base = index * COLUMNS;
      return `(${Array.from({ length: COLUMNS }, (_, column) => `$${base + column + 1}`).join(', ')})`;
    });
    // `ordinality` keeps the batch's order in `seq` (a bigserial) whatever order PostgreSQL inserts in.
    await em.query(
      `insert into audit_log (event_id, position, stream, entity_type, entity_id, event_type, schema_version, revision,
                              actor, occurred_at, recorded_at, reason, correlation_id, causation_id, hash)
       select v.event_id::uuid, v.position, v.stream, v.entity_type, v.entity_id, v.event_type, v.schema_version::int,
              v.revision::int, v.actor, v.occurred_at::timestamptz, v.recorded_at::timestamptz, v.reason,
              v.correlation_id, v.causation_id, v.hash
         from (values ${rows.join(', ')}) as v(event_id, position, stream, entity_type, entity_id, event_type,
               schema_version, revision, actor, occurred_at, recorded_at, reason, correlation_id, causation_id, hash, ord)
        order by v.ord::int
       on conflict (event_id) do nothing`,
      values,
    );
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from audit_log');
  }
}
