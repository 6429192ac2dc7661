import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QueryScope } from '@billing/access/application';
import {
  DEFAULT_ENTRIES_PAGE_SIZE,
  type ReportEntryPage,
  type ReportGroupBy,
  type ReportPeriod,
  type TimeReport,
  type TimeReportFilters,
} from '@billing/reporting/contracts';
import type { DataSource } from 'typeorm';
import { OrganisationZone } from '../shared/organisation-zone';
import { entriesSql, type ReportSelection } from './report-sql';
import { parallelTotals } from './parallel-totals';
import { ReportFreshnessReader } from './report-freshness';
import { reportEntryOf, type ReportEntrySqlRow } from './report-entry-row';

export interface TimeReportSpec {
  period: ReportPeriod;
  filters: TimeReportFilters;
  groupBy: ReportGroupBy[];
  entries?: { page: number; pageSize: number };
  /** An ISO instant: the report as it was then, from the history of row versions. */
  asOf?: string;
}

/** Runs a time report over the report read model within a query scope (every entry point goes through here). */
@Injectable()
export class TimeReports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly zone: OrganisationZone,
    private readonly freshness: ReportFreshnessReader,
  ) {}

  async run(spec: TimeReportSpec, scope: QueryScope): Promise<TimeReport> {
    const selection: ReportSelection = {
      period: spec.period,
      filters: spec.filters,
      scope,
      ...(spec.asOf === undefined ? {} : { asOf: spec.asOf }),
    };
    // The checkpoint is read before the totals' snapshot, so `countedThrough` never claims more than they counted;
    // and on its own, because a query still waiting for a pooled connection keeps the totals to one part
    // (`affordableParts`): started together, it doubled a twelve-month report's time. The search for the first
    // pending event (the event store's own pool) runs beside the totals.
    const checkpoint = await this.freshness.checkpoint();
    const [tree, freshness, timeZone] = await Promise.all([
      parallelTotals(this.dataSource, selection, spec.groupBy),
      checkpoint.freshness(),
      this.zone.current(),
    ]);
    const report: TimeReport = {
      period: spec.period,
      filters: spec.filters,
      groupBy: spec.groupBy,
      timeZone,
      ...tree,
      ...(spec.asOf === undefined
        ? {}
        : { asOf: new Date(spec.asOf).toISOString() }),
      freshness,
    };
    if (spec.entries)
      report.entries = await this.entries(
        selection,
        spec.entries.page,
        spec.entries.pageSize,
        tree.totals.entryCount,
      );
    return report;
  }

  private async entries(
    selection: ReportSelection,
    page: number,
    pageSize: number,
    total: number,
  ): Promise<ReportEntryPage> {
    const { sql, values } = entriesSql(
      selection,
      page,
      pageSize || DEFAULT_ENTRIES_PAGE_SIZE,
    );
    const rows: ReportEntrySqlRow[] = await this.dataSource.query(sql, values);
    return { items: rows.map(reportEntryOf), page, pageSize, total };
  }
}
