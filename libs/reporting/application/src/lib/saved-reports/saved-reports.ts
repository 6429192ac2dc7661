import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { QueryScope } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  RelativePeriod,
  SavedReportList,
  SavedReportPeriod,
  SavedReportRun,
  SavedReportView,
  SaveReportRequest,
} from '@billing/reporting/contracts';
import { newIdFor } from '@billing/shared/event-sourcing';
import {
  type Clock,
  ForbiddenError,
  localDateOf,
  NotFoundError,
  ValidationError,
} from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import type { Repository } from 'typeorm';
import { OrganisationZone } from '../shared/organisation-zone';
import { cleanFilters } from '../time-report/report-filters.dto';
import { checkPeriod } from '../time-report/report-period';
import { TimeReports } from '../time-report/time-reports';
import { resolveRelativePeriod } from './relative-period';
import { type SavedReportDefinition, SavedReportRow } from './saved-report.row';
import { savedReportView } from './saved-report-view';

/** A save request as validated: the period's fields are checked against its kind by the DTO. */
export type SaveReportInput = Omit<SaveReportRequest, 'period'> & {
  period: {
    kind: 'fixed' | 'relative';
    from?: string;
    to?: string;
    relative?: RelativePeriod;
  };
};

function periodOf(period: SaveReportInput['period']): SavedReportPeriod {
  if (period.kind === 'relative') {
    if (period.relative === undefined)
      throw ValidationError.single(
        'period.relative',
        'is required for a relative period',
      );
    return { kind: 'relative', relative: period.relative };
  }
  if (period.from === undefined || period.to === undefined)
    throw ValidationError.single('period', 'a fixed period needs from and to');
  return {
    kind: 'fixed',
    ...checkPeriod({ from: period.from, to: period.to }),
  };
}

function definitionOf(request: SaveReportInput): SavedReportDefinition {
  return {
    period: periodOf(request.period),
    filters: cleanFilters(request.filters),
    groupBy: [...(request.groupBy ?? [])],
  };
}

/** Saved report definitions: the owner's to change, everyone's to read when shared. */
@Injectable()
export class SavedReports {
  constructor(
    @InjectRepository(SavedReportRow)
    private readonly rows: Repository<SavedReportRow>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly zone: OrganisationZone,
    private readonly reports: TimeReports,
  ) {}

  async list(principal: Principal): Promise<SavedReportList> {
    const rows = await this.rows
      .createQueryBuilder('r')
      .where('r.owner_id = :owner or r.shared', { owner: principal.memberId })
      .orderBy('lower(r.name)', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    return {
      items: rows.map((row) => savedReportView(row, principal.memberId)),
    };
  }

  async get(principal: Principal, id: string): Promise<SavedReportView> {
    return savedReportView(
      await this.visible(principal, id),
      principal.memberId,
    );
  }

  async create(
    principal: Principal,
    request: SaveReportInput,
  ): Promise<SavedReportView> {
    const now = this.clock.now();
    const row = Object.assign(new SavedReportRow(), {
      id: newIdFor('saved-report'),
      ownerId: principal.memberId,
      name: request.name,
      definition: definitionOf(request),
      shared: request.shared ?? false,
      createdAt: now,
      updatedAt: now,
    });
    await this.rows
      .createQueryBuilder()
      .insert()
      .values(row)
      .orIgnore()
      .execute();
    return this.get(principal, row.id);
  }

  async update(
    principal: Principal,
    id: string,
    request: SaveReportInput,
  ): Promise<SavedReportView> {
    const row = await this.owned(principal, id);
    Object.assign(row, {
      name: request.name,
      definition: definitionOf(request),
      shared: request.shared ?? false,
      updatedAt: this.clock.now(),
    });
    await this.rows.save(row);
    return savedReportView(row, principal.memberId);
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.owned(principal, id);
    await this.rows.delete({ id });
  }

  /** Runs a visible saved report with the caller's own scope. */
  async run(
    principal: Principal,
    id: string,
    scope: QueryScope,
  ): Promise<SavedReportRun> {
    return this.runRow(await this.visible(principal, id), scope);
  }

  /** Runs a saved report within `scope` (the caller's, or a shared link's sharer's). */
  async runRow(
    row: SavedReportRow,
    scope: QueryScope,
  ): Promise<SavedReportRun> {
    const { definition } = row;
    const period =
      definition.period.kind === 'fixed'
        ? { from: definition.period.from, to: definition.period.to }
        : resolveRelativePeriod(
            definition.period.relative,
            localDateOf(this.clock.now(), await this.zone.current()),
          );
    const report = await this.reports.run(
      { period, filters: definition.filters, groupBy: definition.groupBy },
      scope,
    );
    return {
      savedReport: {
        id: row.id,
        name: row.name,
        period: definition.period,
        filters: definition.filters,
        groupBy: definition.groupBy,
      },
      period,
      report,
    };
  }

  async find(id: string): Promise<SavedReportRow | null> {
    return this.rows.findOneBy({ id });
  }

  /** Own or shared with the organisation; 404 otherwise (its existence is not revealed). */
  private async visible(
    principal: Principal,
    id: string,
  ): Promise<SavedReportRow> {
    const row = await this.rows.findOneBy({ id });
    if (row === null || (row.ownerId !== principal.memberId && !row.shared))
      throw new NotFoundError('SavedReport', id);
    return row;
  }

  /** Only the owner changes, deletes or shares a saved report online. */
  async owned(principal: Principal, id: string): Promise<SavedReportRow> {
    const row = await this.visible(principal, id);
    if (row.ownerId !== principal.memberId)
      throw new ForbiddenError(
        'reports.read',
        'only the owner may change this saved report',
      );
    return row;
  }
}
