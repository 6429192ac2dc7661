import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type AlreadyInvoiced,
  type BillingRun,
  type ExistingInvoice,
  type PeriodUnit,
  type ProjectBillingModel,
  type ProjectToBill,
  type ValuedEntry,
} from '@billing/billing/domain';
import {
  ENTRY_COLUMNS,
  type EntrySqlRow,
  OrganisationLookup,
  RateBookStore,
  roundingOf,
  valueEntryRow,
} from '@billing/rates/application';
import {
  type ClientId,
  type CurrencyCode,
  type LocalDate,
  type MemberId,
  type MilestoneId,
  NotFoundError,
  type ProjectId,
  type TaskId,
  type TimeEntryId,
  isCurrencyCode,
  money,
} from '@billing/shared/kernel';

interface ProjectSqlRow {
  id: string;
  client_id: string;
  name: string;
  currency: string;
  status: ProjectToBill['status'];
  billing_model_kind: 'hourly' | 'fixed_fee' | 'per_period';
  invoice_lines_per: 'member' | 'task' | null;
  fee_minor: string | null;
  period_unit: PeriodUnit | null;
  included_seconds: number | null;
  overage_rate_minor_per_hour: string | null;
  time_rounding: unknown;
}

export interface RunSelection {
  clientId?: string;
  projectId?: string;
  from: LocalDate;
  to: LocalDate;
}

export interface BillingRunInputs {
  run: BillingRun;
  clientName: string;
}

function billingModelOf(
  row: ProjectSqlRow,
  currency: CurrencyCode,
): ProjectBillingModel {
  const fee = money(Number(row.fee_minor ?? 0), currency);
  switch (row.billing_model_kind) {
    case 'fixed_fee':
      return { kind: 'fixed_fee', fee };
    case 'per_period':
      return {
        kind: 'per_period',
        fee,
        periodUnit: row.period_unit ?? 'month',
        includedSeconds: row.included_seconds ?? 0,
        overageRateMinorPerHour: Number(row.overage_rate_minor_per_hour ?? 0),
      };
    default:
      return {
        kind: 'hourly',
        invoiceLinesPer: row.invoice_lines_per ?? 'member',
      };
  }
}

/** What issued (not voided) invoices already billed per project: milestones, remaining fees, periods. */
function alreadyInvoiced(
  issued: readonly ExistingInvoice[],
  projectId: string,
): AlreadyInvoiced {
  const sources = issued
    .flatMap((invoice) => invoice.lines.map((line) => line.source))
    .filter(
      (source) => 'projectId' in source && source.projectId === projectId,
    );
  return {
    milestoneIds: sources.flatMap((source) =>
      source.kind === 'milestone' ? [source.milestoneId] : [],
    ),
    remainingFee: sources.some((source) => source.kind === 'remaining-fee'),
    periodKeys: sources.flatMap((source) =>
      source.kind === 'period-fee' ? [source.periodKey] : [],
    ),
  };
}

/**
 * Gathers a billing run's inputs from the read models: the client, its (or the one) project with billing model,
 * milestones and what earlier invoices billed, and the billable, unbilled, finished entries of the period valued
 * with the rate book on their day.
 */
@Injectable()
export class BillingInputs {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisation: OrganisationLookup,
    private readonly rateBooks: RateBookStore,
  ) {}

  async gather(selection: RunSelection): Promise<BillingRunInputs> {
    const projects = await this.projects(selection);
    const clientId = selection.clientId ?? projects[0]?.client_id;
    if (clientId === undefined)
      throw new NotFoundError('Project', selection.projectId ?? '');
    const clients: {
      id: string;
      name: string;
      currency: string;
      tax_rate_basis_points: number;
    }[] = await this.dataSource.query(
      'select id, name, currency, tax_rate_basis_points from org_clients where id = $1',
      [clientId],
    );
    const client = clients[0];
    if (client === undefined || !isCurrencyCode(client.currency))
      throw new NotFoundError('Client', clientId);
    const currency = client.currency;
    const projectIds = projects.map((project) => project.id);
    const { organisationId } = await this.organisation.organisation();
    const { book } = await this.rateBooks.load(organisationId);
    const rows: EntrySqlRow[] = await this.dataSource.query(
      `select ${ENTRY_COLUMNS} from tt_time_entries
        where project_id = any($1::uuid[]) and local_day between $2 and $3 and not deleted and duration_seconds is not null
          and billing is null and billable
        order by local_day, started_at, entry_id`,
      [projectIds, selection.from, selection.to],
    );
    const byId = new Map(projects.map((project) => [project.id, project]));
    const entries: ValuedEntry[] = rows.map((row) => {
      const project = byId.get(row.project_id) as ProjectSqlRow;
      const valuation = valueEntryRow(book, row, {
        clientId,
        currency,
        rounding: roundingOf(project.time_rounding),
      });
      return {
        entryId: row.entry_id as TimeEntryId,
        memberId: row.member_id as MemberId,
        projectId: row.project_id as ProjectId,
        taskId: row.task_id as TaskId | null,
        day: row.local_day as LocalDate,
        billable: row.billable,
        billableSeconds: valuation.billableSeconds,
        amount: valuation.amount,
        missingRate: valuation.missingRate,
      };
    });
    const issued = await this.issuedInvoicesOf(clientId);
    const milestones = await this.milestones(projectIds, currency);
    return {
      clientName: client.name,
      run: {
        client: {
          clientId: clientId as ClientId,
          currency,
          taxRateBasisPoints: client.tax_rate_basis_points,
        },
        from: selection.from,
        to: selection.to,
        projects: projects.map((project) => ({
          projectId: project.id as ProjectId,
          clientId: project.client_id as ClientId,
          name: project.name,
          currency: project.currency as CurrencyCode,
          billingModel: billingModelOf(
            project,
            project.currency as CurrencyCode,
          ),
          status: project.status,
          milestones: milestones
            .filter((milestone) => milestone.projectId === project.id)
            .map(({ projectId: _project, ...milestone }) => milestone),
          invoiced: alreadyInvoiced(issued, project.id),
        })),
        entries,
        names: await this.names(entries),
      },
    };
  }

  private async projects(selection: RunSelection): Promise<ProjectSqlRow[]> {
    const columns = `id, client_id, name, currency, status, billing_model_kind, invoice_lines_per, fee_minor, period_unit, included_seconds,
      overage_rate_minor_per_hour, time_rounding`;
    if (selection.projectId !== undefined) {
      const rows: ProjectSqlRow[] = await this.dataSource.query(
        `select ${columns} from org_projects where id = $1`,
        [selection.projectId],
      );
      if (rows.length === 0)
        throw new NotFoundError('Project', selection.projectId);
      return rows;
    }
    const clients: unknown[] = await this.dataSource.query(
      'select 1 from org_clients where id = $1',
      [selection.clientId],
    );
    if (clients.length === 0)
      throw new NotFoundError('Client', selection.clientId ?? '');
    return this.dataSource.query(
      `select ${columns} from org_projects where client_id = $1 and status <> 'archived' order by name, id`,
      [selection.clientId],
    );
  }

  private async issuedInvoicesOf(clientId: string): Promise<ExistingInvoice[]> {
    const rows: { state: ExistingInvoice }[] = await this.dataSource.query(
      `select state from billing_invoices where client_id = $1 and status = 'issued'`,
      [clientId],
    );
    return rows.map((row) => row.state);
  }

  private async milestones(projectIds: string[], currency: CurrencyCode) {
    const rows: {
      id: string;
      project_id: string;
      name: string;
      amount_minor: string;
      completed_on: string | null;
    }[] = await this.dataSource.query(
      'select id, project_id, name, amount_minor, completed_on from org_milestones where project_id = any($1::uuid[]) order by due_date, id',
      [projectIds],
    );
    return rows.map((row) => ({
      projectId: row.project_id,
      milestoneId: row.id as MilestoneId,
      name: row.name,
      amount: money(Number(row.amount_minor), currency),
      completedOn: row.completed_on as LocalDate | null,
    }));
  }

  private async names(entries: readonly ValuedEntry[]) {
    const memberIds = [...new Set(entries.map((entry) => entry.memberId))];
    const taskIds = [
      ...new Set(
        entries.flatMap((entry) =>
          entry.taskId === null ? [] : [entry.taskId],
        ),
      ),
    ];
    const members: { id: string; name: string }[] = await this.dataSource.query(
      'select id, name from org_members where id = any($1::uuid[])',
      [memberIds],
    );
    const tasks: { id: string; name: string }[] = await this.dataSource.query(
      'select id, name from org_tasks where id = any($1::uuid[])',
      [taskIds],
    );
    return {
      members: Object.fromEntries(
        members.map((member) => [member.id, member.name]),
      ),
      tasks: Object.fromEntries(tasks.map((task) => [task.id, task.name])),
    };
  }
}
