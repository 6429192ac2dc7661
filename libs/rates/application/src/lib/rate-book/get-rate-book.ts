import { Controller, Get, Res } from '@nestjs/common';
import {
  QueryBus,
  QueryHandler,
  Query,
  type IQueryHandler,
} from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '@billing/access/application';
import type { RateBookView } from '@billing/rates/contracts';
import { OrganisationLookup } from '../shared/organisation-lookup';
import { RateBookStore } from '../shared/rate-book-store';
import { withRateBookEtag } from './rate-book-change';
import { rateBookView } from './rate-book-view';

export class GetRateBookQuery extends Query<RateBookView> {}

/** Read straight from the one rate-book stream: it is small, and this is the version a write's If-Match refers to. */
@QueryHandler(GetRateBookQuery)
export class GetRateBookHandler implements IQueryHandler<GetRateBookQuery> {
  constructor(
    private readonly organisation: OrganisationLookup,
    private readonly store: RateBookStore,
  ) {}

  async execute(): Promise<RateBookView> {
    const { organisationId } = await this.organisation.organisation();
    const { book, revision } = await this.store.load(organisationId);
    return rateBookView(book, revision);
  }
}

@ApiTags('rates')
@ApiBearerAuth()
@Controller('rates')
export class GetRateBookController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('rates.read')
  @ApiOkResponse({
    description:
      "Every scope's billable rates and every member's cost rates, with their dated history",
  })
  async get(
    @Res({ passthrough: true }) response: Response,
  ): Promise<RateBookView> {
    return withRateBookEtag(
      response,
      await this.queries.execute(new GetRateBookQuery()),
    );
  }
}
