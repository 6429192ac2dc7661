import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import {
  Query,
  QueryBus,
  QueryHandler,
  type IQueryHandler,
} from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RequirePermission } from '@billing/access/application';
import type {
  RateExplanationView,
  RateLevelName,
} from '@billing/rates/contracts';
import { explainRate } from '@billing/rates/domain';
import { NotFoundError } from '@billing/shared/kernel';
import {
  ENTRY_COLUMNS,
  type EntrySqlRow,
  valueEntryRow,
} from '../shared/entry-rows';
import { OrganisationLookup } from '../shared/organisation-lookup';
import { RateBookStore } from '../shared/rate-book-store';

export class RateExplanationQuery extends Query<RateExplanationView> {
  constructor(readonly entryId: string) {
    super();
  }
}

/** "Why this rate": the level that applied on the entry's day and what each more specific level said. */
@QueryHandler(RateExplanationQuery)
export class RateExplanationHandler
  implements IQueryHandler<RateExplanationQuery>
{
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisation: OrganisationLookup,
    private readonly store: RateBookStore,
  ) {}

  async execute({
    entryId,
  }: RateExplanationQuery): Promise<RateExplanationView> {
    const rows: EntrySqlRow[] = await this.dataSource.query(
      `select ${ENTRY_COLUMNS} from tt_time_entries where entry_id = $1`,
      [entryId],
    );
    const row = rows[0];
    if (row === undefined || row.deleted)
      throw new NotFoundError('TimeEntry', entryId);
    const project = await this.organisation.requireProject(row.project_id);
    const { organisationId } = await this.organisation.organisation();
    const { book } = await this.store.load(organisationId);
    const valuation = valueEntryRow(book, row, project);
    const rate = valuation.rate;
    const appliedIndex = rate.checks.findIndex(
      (check) => check.outcome === 'applied',
    );
    const finished = row.duration_seconds !== null;
    return {
      entryId,
      day: row.local_day,
      status: rate.status,
      appliedLevel: rate.status === 'found' ? rate.level : null,
      ratePerHour: rate.status === 'found' ? { ...rate.ratePerHour } : null,
      validFrom: rate.status === 'found' ? rate.effectiveFrom : null,
      checks: rate.checks.map((check) => ({
        level: check.level,
        outcome: check.outcome,
        ratePerHour:
          check.ratePerHour === undefined ? null : { ...check.ratePerHour },
        validFrom: check.effectiveFrom ?? null,
      })),
      levelsWithoutRate: rate.checks
        .slice(0, appliedIndex === -1 ? undefined : appliedIndex)
        .filter((check) => check.outcome !== 'applied')
        .map((check) => check.level as RateLevelName),
      explanation: explainRate(rate),
      trackedSeconds: finished ? valuation.trackedSeconds : null,
      billableSeconds: finished ? valuation.billableSeconds : null,
      amount: finished ? { ...valuation.amount } : null,
      cost: finished && valuation.cost !== null ? { ...valuation.cost } : null,
      billed: row.billing !== null,
    };
  }
}

@ApiTags('rates')
@ApiBearerAuth()
@Controller('time-entries')
export class RateExplanationController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/rate-explanation')
  @RequirePermission('rates.read')
  @ApiOkResponse({
    description:
      "The rate that applies on the entry's day, its level, and why no more specific level did",
  })
  @ApiNotFoundResponse({ description: 'No such entry' })
  explain(
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<RateExplanationView> {
    return this.queries.execute(new RateExplanationQuery(id));
  }
}
