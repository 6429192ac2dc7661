import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type CurrencyCode,
  type OrganisationId,
  type TimeRounding,
  type TimeZone,
  NO_TIME_ROUNDING,
  NotFoundError,
  RuleViolationError,
  UTC,
  isCurrencyCode,
  isValidTimeZone,
  parseTimeRounding,
} from '@billing/shared/kernel';
import type { RateScope } from '@billing/rates/domain';

export interface OrganisationFacts {
  organisationId: OrganisationId;
  defaultCurrency: CurrencyCode;
  timeZone: TimeZone;
  invoiceNumberFormat: string;
}

export interface ProjectFacts {
  projectId: string;
  clientId: string;
  name: string;
  currency: CurrencyCode;
  rounding: TimeRounding;
}

/** Reads the organisation context's read models (org_settings, org_clients, org_projects, org_tasks). */
@Injectable()
export class OrganisationLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organisation(): Promise<OrganisationFacts> {
    const rows: {
      organisation_id: string;
      default_currency: string;
      time_zone: string;
      invoice_number_format: string;
    }[] = await this.dataSource.query(
      'select organisation_id, default_currency, time_zone, invoice_number_format from org_settings limit 1',
    );
    const row = rows[0];
    if (row === undefined || !isCurrencyCode(row.default_currency)) {
      throw new RuleViolationError(
        'ORGANISATION_NOT_SET_UP',
        'The organisation is not set up yet',
      );
    }
    return {
      organisationId: row.organisation_id as OrganisationId,
      defaultCurrency: row.default_currency,
      timeZone: isValidTimeZone(row.time_zone) ? row.time_zone : UTC,
      invoiceNumberFormat: row.invoice_number_format,
    };
  }

  async organisationName(): Promise<string> {
    const rows: { name: string }[] = await this.dataSource.query(
      'select name from org_settings limit 1',
    );
    return rows[0]?.name ?? '';
  }

  async clientCurrency(clientId: string): Promise<CurrencyCode | null> {
    const rows: { currency: string }[] = await this.dataSource.query(
      'select currency from org_clients where id = $1',
      [clientId],
    );
    const currency = rows[0]?.currency;
    return isCurrencyCode(currency) ? currency : null;
  }

  async project(projectId: string): Promise<ProjectFacts | null> {
    const rows: {
      id: string;
      client_id: string;
      name: string;
      currency: string;
      time_rounding: unknown;
    }[] = await this.dataSource.query(
      'select id, client_id, name, currency, time_rounding from org_projects where id = $1',
      [projectId],
    );
    const row = rows[0];
    if (row === undefined || !isCurrencyCode(row.currency)) return null;
    return {
      projectId: row.id,
      clientId: row.client_id,
      name: row.name,
      currency: row.currency,
      rounding: roundingOf(row.time_rounding),
    };
  }

  async requireProject(projectId: string): Promise<ProjectFacts> {
    const project = await this.project(projectId);
    if (project === null) throw new NotFoundError('Project', projectId);
    return project;
  }

  /** The currency of the client that owns a scope's project, task or client; null when it does not exist. */
  async currencyOfScope(
    scope: RateScope,
  ): Promise<CurrencyCode | null | undefined> {
    switch (scope.level) {
      case 'client':
        return this.clientCurrency(scope.clientId);
      case 'project':
      case 'member-on-project':
        return (await this.project(scope.projectId))?.currency ?? null;
      case 'task': {
        const rows: { currency: string }[] = await this.dataSource.query(
          'select p.currency from org_tasks t join org_projects p on p.id = t.project_id where t.id = $1 and t.project_id = $2',
          [scope.taskId, scope.projectId],
        );
        const currency = rows[0]?.currency;
        return isCurrencyCode(currency) ? currency : null;
      }
      default:
        return undefined;
    }
  }
}

export function roundingOf(value: unknown): TimeRounding {
  try {
    return parseTimeRounding(value);
  } catch {
    return NO_TIME_ROUNDING;
  }
}
