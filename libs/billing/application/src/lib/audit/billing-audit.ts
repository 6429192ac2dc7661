import { Controller, Get, Inject } from '@nestjs/common';
import {
  Query,
  QueryBus,
  QueryHandler,
  type IQueryHandler,
} from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RequirePermission } from '@billing/access/application';
import {
  AGE_BUCKETS,
  type AgeBucket,
  type BillingAuditView,
  type BudgetFindingView,
  type UnbilledByClientView,
} from '@billing/billing/contracts';
import {
  ENTRY_COLUMNS,
  type EntrySqlRow,
  OrganisationLookup,
  RateBookStore,
  roundingOf,
  valueEntryRow,
} from '@billing/rates/application';
import {
  type Clock,
  type CurrencyCode,
  type LocalDate,
  daysBetween,
  isCurrencyCode,
  localDateOf,
} from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';

export class BillingAuditQuery extends Query<BillingAuditView> {}

interface ProjectRow {
  id: string;
  client_id: string;
  name: string;
  currency: string;
  time_rounding: unknown;
  estimate: {
    seconds?: number;
    amount?: { amountMinor: number; currency: string };
  };
  budget_alert_threshold_percent: number | null;
}

function ageBucket(days: number): AgeBucket {
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/** Whole percent of `used` against `estimate`, rounded down (integers only). */
const percentOf = (used: number, estimate: number) =>
  Number((BigInt(used) * 100n) / BigInt(estimate));

/**
 * The billing audit, as of today in the organisation's zone: billable entries without a rate; projects over their
 * estimate (hours or money) or past their alert threshold, with tracked billable time valued by the rate book;
 * unbilled billable time per client in age buckets (days since the entry's day).
 */
@QueryHandler(BillingAuditQuery)
export class BillingAuditHandler implements IQueryHandler<BillingAuditQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisation: OrganisationLookup,
    private readonly rateBooks: RateBookStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<BillingAuditView> {
    const org = await this.organisation.organisation();
    const asOf = localDateOf(this.clock.now(), org.timeZone);
    const { book } = await this.rateBooks.load(org.organisationId);
    const projects: ProjectRow[] = await this.dataSource.query(
      'select id, client_id, name, currency, time_rounding, estimate, budget_alert_threshold_percent from org_projects',
    );
    const clients: { id: string; name: string }[] = await this.dataSource.query(
      'select id, name from org_clients',
    );
    const clientNames = new Map(
      clients.map((client) => [client.id, client.name]),
    );
    const byId = new Map(
      projects
        .filter((project) => isCurrencyCode(project.currency))
        .map((project) => [project.id, project]),
    );
    const rows: EntrySqlRow[] = await this.dataSource.query(
      `select ${ENTRY_COLUMNS} from tt_time_entries where billable and not deleted and duration_seconds is not null order by local_day, entry_id`,
    );
    const tracked = new Map<string, { seconds: number; amount: number }>();
    const unbilled = new Map<string, UnbilledByClientView>();
    const missingRates: BillingAuditView['missingRates'] = [];
    for (const row of rows) {
      const project = byId.get(row.project_id);
      if (project === undefined) continue;
      const currency = project.currency as CurrencyCode;
      const value = valueEntryRow(book, row, {
        clientId: project.client_id,
        currency,
        rounding: roundingOf(project.time_rounding),
      });
      const sums = tracked.get(project.id) ?? { seconds: 0, amount: 0 };
      tracked.set(project.id, {
        seconds: sums.seconds + value.billableSeconds,
        amount: sums.amount + value.amount.amountMinor,
      });
      if (row.billing !== null) continue;
      if (value.missingRate) {
        missingRates.push({
          entryId: row.entry_id,
          memberId: row.member_id,
          projectId: row.project_id,
          clientId: project.client_id,
          day: row.local_day,
          billableSeconds: value.billableSeconds,
        });
      }
      const client = unbilled.get(project.client_id) ?? {
        clientId: project.client_id,
        clientName: clientNames.get(project.client_id) ?? '',
        currency,
        buckets: AGE_BUCKETS.map((bucket) => ({
          bucket,
          billableSeconds: 0,
          amount: { amountMinor: 0, currency },
          entryCount: 0,
        })),
        totalSeconds: 0,
        totalAmount: { amountMinor: 0, currency },
      };
      const bucket = client.buckets.find(
        (candidate) =>
          candidate.bucket ===
          ageBucket(daysBetween(row.local_day as LocalDate, asOf)),
      );
      if (bucket !== undefined) {
        bucket.billableSeconds += value.billableSeconds;
        bucket.amount.amountMinor += value.amount.amountMinor;
        bucket.entryCount += 1;
      }
      client.totalSeconds += value.billableSeconds;
      client.totalAmount.amountMinor += value.amount.amountMinor;
      unbilled.set(project.client_id, client);
    }
    return {
      asOf,
      missingRates,
      budgets: [...byId.values()].flatMap((project) =>
        budgetFinding(
          project,
          tracked.get(project.id) ?? { seconds: 0, amount: 0 },
        ),
      ),
      unbilled: [...unbilled.values()].sort((left, right) =>
        left.clientName < right.clientName ? -1 : 1,
      ),
    };
  }
}

function budgetFinding(
  project: ProjectRow,
  tracked: { seconds: number; amount: number },
): BudgetFindingView[] {
  const estimateSeconds = project.estimate.seconds ?? null;
  const estimateAmount = project.estimate.amount ?? null;
  const uses = [
    ...(estimateSeconds !== null && estimateSeconds > 0
      ? [percentOf(tracked.seconds, estimateSeconds)]
      : []),
    ...(estimateAmount !== null && estimateAmount.amountMinor > 0
      ? [percentOf(tracked.amount, estimateAmount.amountMinor)]
      : []),
  ];
  if (uses.length === 0) return [];
  const usedPercent = Math.max(...uses);
  const threshold = project.budget_alert_threshold_percent;
  const status =
    usedPercent > 100
      ? 'over-budget'
      : threshold !== null && usedPercent >= threshold
        ? 'past-alert-threshold'
        : null;
  if (status === null) return [];
  return [
    {
      projectId: project.id,
      projectName: project.name,
      clientId: project.client_id,
      trackedSeconds: tracked.seconds,
      trackedAmount: {
        amountMinor: tracked.amount,
        currency: project.currency,
      },
      estimateSeconds,
      estimateAmount,
      usedPercent,
      alertThresholdPercent: threshold,
      status,
    },
  ];
}

@ApiTags('billing')
@ApiBearerAuth()
@Controller('billing')
export class BillingAuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get('audit')
  @RequirePermission('billing.read')
  @ApiOkResponse({
    description:
      'Billable entries without a rate, projects over budget or past the alert threshold, unbilled time by client and age',
  })
  audit(): Promise<BillingAuditView> {
    return this.queries.execute(new BillingAuditQuery());
  }
}
