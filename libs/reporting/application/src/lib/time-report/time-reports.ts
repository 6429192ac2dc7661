import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QueryScope } from '@billing/access/application';
import {
  DEFAULT_ENTRIES_PAGE_SIZE,
  type ReportEntry,
  type ReportEntryPage,
  type ReportGroupBy,
  type ReportPeriod,
  type TimeReport,
  type TimeReportFilters,
} from '@billing/reporting/contracts';
import type { DataSource } from 'typeorm';
import { OrganisationZone } from '../shared/organisation-zone';
import { entriesSql, type ReportSelection, totalsSql } from './report-sql';
import { buildTree, type TotalsRow } from './report-tree';

export interface TimeReportSpec {
  period: ReportPeriod;
  filters: TimeReportFilters;
  groupBy: ReportGroupBy[];
  entries?: { page: number; pageSize: number };
  /** An ISO instant: the report as it was then, from the history of row versions. */
  asOf?: string;
}

interface EntryRow {
  entry_id: string;
  day: string;
  week_key: string;
  month_key: string;
  started_at: Date;
  ended_at: Date;
  client_id: string | null;
  client_name: string;
  project_id: string;
  project_name: string;
  task_id: string | null;
  task_name: string | null;
  member_id: string;
  member_name: string;
  team_id: string | null;
  description: string;
  tags: string[];
  billable: boolean;
  billed: boolean;
  invoice_id: string | null;
  billing_reference: string | null;
  tracked_seconds: number;
  billable_seconds: number;
  rate_minor: string | null;
  amount: string;
  cost: string;
  currency: string | null;
}

const instantText = (date: Date): string =>
  date.toISOString().replace('.000Z', 'Z');

function entryOf(row: EntryRow): ReportEntry {
  return {
    entryId: row.entry_id,
    day: row.day,
    week: row.week_key,
    month: row.month_key,
    startedAt: instantText(row.started_at),
    endedAt: instantText(row.ended_at),
    clientId: row.client_id,
    clientName: row.client_name,
    projectId: row.project_id,
    projectName: row.project_name,
    taskId: row.task_id,
    taskName: row.task_name,
    memberId: row.member_id,
    memberName: row.member_name,
    teamId: row.team_id,
    description: row.description,
    tags: row.tags,
    billable: row.billable,
    billed: row.billed,
    invoiceId: row.invoice_id,
    billingReference: row.billing_reference,
    trackedSeconds: row.tracked_seconds,
    billableSeconds: row.billable_seconds,
    rate: row.rate_minor === null ? null : Number(row.rate_minor),
    amount: Number(row.amount),
    cost: Number(row.cost),
    currency: row.currency,
  };
}

/** Runs a time report over the report read model within a query scope (every entry point goes through here). */
@Injectable()
export class TimeReports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly zone: OrganisationZone,
  ) {}

  async run(spec: TimeReportSpec, scope: QueryScope): Promise<TimeReport> {
    const selection: ReportSelection = {
      period: spec.period,
      filters: spec.filters,
      scope,
      ...(spec.asOf === undefined ? {} : { asOf: spec.asOf }),
    };
    const totals = totalsSql(selection, spec.groupBy);
    const [rows, timeZone] = await Promise.all([
      this.dataSource.transaction(async (em) => {
        // One analytic statement: JIT compilation costs more than it saves, and enough memory lets the leaf
        // grouping hash (the planner overestimates the number of groups and would otherwise sort on disk).
        await em.query(
          `select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`,
        );
        return (await em.query(totals.sql, totals.values)) as TotalsRow[];
      }),
      this.zone.current(),
    ]);
    const tree = buildTree(rows, spec.groupBy);
    const report: TimeReport = {
      period: spec.period,
      filters: spec.filters,
      groupBy: spec.groupBy,
      timeZone,
      ...tree,
      ...(spec.asOf === undefined
        ? {}
        : { asOf: new Date(spec.asOf).toISOString() }),
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
    const rows: EntryRow[] = await this.dataSource.query(sql, values);
    return { items: rows.map(entryOf), page, pageSize, total };
  }
}
