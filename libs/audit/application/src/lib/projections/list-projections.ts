import { Controller, Get } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { ProjectionStatusList } from '@billing/audit/contracts';
import { ProjectionHost } from '@billing/shared/event-sourcing';
import { AuditQueryLog } from '../queries/audit-query-log';

export class ListProjectionsQuery extends Query<ProjectionStatusList> {
  constructor(readonly memberId: string) {
    super();
  }
}

@QueryHandler(ListProjectionsQuery)
export class ListProjectionsHandler implements IQueryHandler<ListProjectionsQuery> {
  constructor(private readonly host: ProjectionHost, private readonly queryLog: AuditQueryLog) {}

  async execute({ memberId }: ListProjectionsQuery): Promise<ProjectionStatusList> {
    await this.queryLog.record(memberId, 'projections', {});
    const items = [];
    for (const name of this.host.names()) {
      const { status, lag } = await this.host.report(name);
      items.push({
        name,
        state: status.state,
        caughtUp: status.caughtUp,
        lastError: status.lastError,
        eventsBehind: lag.eventsBehind,
        eventsApplied: lag.eventsApplied,
        lastAppliedEventRecordedAt: lag.lastAppliedEventRecordedAt,
        lastAppliedEventAgeSeconds: lag.lastAppliedEventAgeSeconds,
      });
    }
    return { items };
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/projections')
export class ListProjectionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOkResponse({ description: 'Every read-model projection of this api: state, events behind, age of the last applied event' })
  list(@CurrentPrincipal() principal: Principal): Promise<ProjectionStatusList> {
    return this.queries.execute(new ListProjectionsQuery(principal.memberId));
  }
}
