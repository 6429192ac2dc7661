import { Controller, Get, Inject, Param } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { AUDIT_ENTITY_TYPES, type AuditEntityType, type EntityHistory, type EntityHistoryEvent } from '@billing/audit/contracts';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import { NotFoundError } from '@billing/shared/kernel';
import { reasonOf } from '../log/audit-log.projection';
import { AuditQueryLog } from '../queries/audit-query-log';
import { streamOfEntity } from '../shared/entity-streams';
import { diffEvent, type FlatData } from './field-diff';

export class EntityHistoryParams {
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES })
  @IsIn(AUDIT_ENTITY_TYPES)
  entityType!: AuditEntityType;

  @ApiProperty({ description: 'The id after the stream prefix; for `other`, the whole stream name' })
  @IsString() @MinLength(1) @MaxLength(300)
  id!: string;
}

export class GetEntityHistoryQuery extends Query<EntityHistory> {
  constructor(readonly memberId: string, readonly entityType: AuditEntityType, readonly entityId: string) {
    super();
  }
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

@QueryHandler(GetEntityHistoryQuery)
export class GetEntityHistoryHandler implements IQueryHandler<GetEntityHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly queryLog: AuditQueryLog) {}

  async execute({ memberId, entityType, entityId }: GetEntityHistoryQuery): Promise<EntityHistory> {
    await this.queryLog.record(memberId, 'entity-history', { entityType, entityId });
    const stream = streamOfEntity({ entityType, entityId });
    const read = await this.store.readStream(stream);
    if (read.kind !== 'found') throw new NotFoundError(entityType, entityId);
    const events: EntityHistoryEvent[] = [];
    let accumulated: FlatData = new Map();
    for await (const event of read.events) {
      const { changes, next } = diffEvent(accumulated, event.data);
      accumulated = next;
      events.push({
        revision: event.revision,
        eventId: event.id,
        eventType: event.type,
        schemaVersion: event.schemaVersion,
        actor: event.metadata.actor,
        occurredAt: event.metadata.occurredAt,
        recordedAt: event.metadata.recordedAt,
        reason: reasonOf(event),
        correlationId: optionalText(event.metadata.correlationId),
        causationId: optionalText(event.metadata.causationId),
        hash: event.metadata.hash,
        data: event.data,
        changes,
      });
    }
    return { entityType, entityId, stream, events };
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/entities')
export class GetEntityHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':entityType/:id/history')
  @RequirePermission('audit.read')
  @ApiOkResponse({ description: "Every event of the entity's stream in order, with actor, time, reason and field diffs" })
  history(@CurrentPrincipal() principal: Principal, @Param() params: EntityHistoryParams): Promise<EntityHistory> {
    return this.queries.execute(new GetEntityHistoryQuery(principal.memberId, params.entityType, params.id));
  }
}
