import { Controller, Get, Param, Res } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '@billing/access/application';
import type { PeriodDetailView } from '@billing/closing/contracts';
import { PeriodKeyPipe } from '../../shared/http/period-key.pipe';
import { withEtag } from '../../shared/http/revision-headers';
import { PeriodViews } from '../../shared/period-views';

export class GetPeriodQuery extends Query<PeriodDetailView> {
  constructor(readonly key: string) {
    super();
  }
}

@QueryHandler(GetPeriodQuery)
export class GetPeriodHandler implements IQueryHandler<GetPeriodQuery> {
  constructor(private readonly views: PeriodViews) {}

  execute({ key }: GetPeriodQuery): Promise<PeriodDetailView> {
    return this.views.detail(key);
  }
}

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods')
export class GetPeriodController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':key')
  @RequirePermission('close.read')
  @ApiOkResponse({ description: 'The period, its deadline and its history (closes with their checklist, reopenings with their reason)' })
  async get(@Param('key', PeriodKeyPipe) key: string, @Res({ passthrough: true }) response: Response): Promise<PeriodDetailView> {
    return withEtag(response, await this.queries.execute(new GetPeriodQuery(key)));
  }
}
