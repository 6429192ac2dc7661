import { Controller, Get, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import {
  AUDIT_ENTITY_TYPES,
  AUDIT_LOG_ORDERS,
  type AuditEntityType,
  type AuditLogOrder,
  type AuditLogPage,
  type AuditLogQuery,
} from '@billing/audit/contracts';
import { ValidationError } from '@billing/shared/kernel';
import { AuditQueryLog } from '../queries/audit-query-log';
import { toList } from '../shared/validators';
import { AuditLogReader } from './audit-log-reader';

export class ListAuditEventsDto implements AuditLogQuery {
  @ApiPropertyOptional({ description: 'Member id, or `system:<component>`' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ type: [String], description: 'Stored event type names (repeat or comma-separate)' })
  @IsOptional() @Transform(toList) @IsString({ each: true }) @MinLength(1, { each: true })
  eventType?: string[];

  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsOptional() @IsIn(AUDIT_ENTITY_TYPES)
  entityType?: AuditEntityType;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MinLength(1) @MaxLength(300)
  stream?: string;

  @ApiPropertyOptional({ description: 'Recorded at or after (ISO-8601 instant)' })
  @IsOptional() @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Recorded before (ISO-8601 instant)' })
  @IsOptional() @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: AUDIT_LOG_ORDERS, default: 'newest-first' })
  @IsOptional() @IsIn(AUDIT_LOG_ORDERS)
  order?: AuditLogOrder;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}

export class ListAuditEventsQuery extends Query<AuditLogPage> {
  constructor(readonly memberId: string, readonly query: AuditLogQuery) {
    super();
  }
}

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery> {
  constructor(private readonly reader: AuditLogReader, private readonly queryLog: AuditQueryLog) {}

  async execute({ memberId, query }: ListAuditEventsQuery): Promise<AuditLogPage> {
    const from = query.from === undefined ? undefined : new Date(query.from);
    const to = query.to === undefined ? undefined : new Date(query.to);
    if (from !== undefined && to !== undefined && from.getTime() >= to.getTime()) {
      throw ValidationError.single('to', 'must be after from');
    }
    await this.queryLog.record(memberId, 'events', query);
    return this.reader.page({
      actor: query.actor,
      eventTypes: query.eventType,
      entityType: query.entityType,
      entityId: query.entityId,
      stream: query.stream,
      from,
      to,
      order: query.order ?? 'newest-first',
      limit: query.limit ?? 100,
      cursor: query.cursor,
    });
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/events')
export class ListAuditEventsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOkResponse({ description: 'The global audit log, one row per event, keyset-paged' })
  list(@CurrentPrincipal() principal: Principal, @QueryParams() query: ListAuditEventsDto): Promise<AuditLogPage> {
    return this.queries.execute(new ListAuditEventsQuery(principal.memberId, query));
  }
}
