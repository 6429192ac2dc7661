import { Controller, Get } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { AuditSealList } from '@billing/audit/contracts';
import { AuditQueryLog } from '../queries/audit-query-log';
import { SealChecker } from './seal-checker';

const SEALS_SHOWN = 20;

export class ListSealsQuery extends Query<AuditSealList> {
  constructor(readonly memberId: string) {
    super();
  }
}

@QueryHandler(ListSealsQuery)
export class ListSealsHandler implements IQueryHandler<ListSealsQuery> {
  constructor(private readonly seals: SealChecker, private readonly queryLog: AuditQueryLog) {}

  async execute({ memberId }: ListSealsQuery): Promise<AuditSealList> {
    await this.queryLog.record(memberId, 'seals', {});
    return { items: await this.seals.latestSeals(SEALS_SHOWN) };
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/seals')
export class ListSealsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOkResponse({ description: 'The latest seals of the chain heads, newest first' })
  list(@CurrentPrincipal() principal: Principal): Promise<AuditSealList> {
    return this.queries.execute(new ListSealsQuery(principal.memberId));
  }
}
