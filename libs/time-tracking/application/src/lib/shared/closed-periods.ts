import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type IsPeriodClosed, closedPeriodLookupFromScopes } from '@billing/time-tracking/domain';

/** Port: which months are closed, organisation-wide or per team. Filled by the month-end close (a later issue). */
export abstract class ClosedPeriods {
  abstract lookup(): Promise<IsPeriodClosed>;
}

/** Reads `tt_closed_periods` (month `YYYY-MM`, team id or null for organisation-wide, teams reopened out of it). */
@Injectable()
export class ReadModelClosedPeriods extends ClosedPeriods {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async lookup(): Promise<IsPeriodClosed> {
    const rows: { month: string; team_id: string | null; except_team_ids: string[] }[] = await this.dataSource.query(
      'select month, team_id, except_team_ids from tt_closed_periods',
    );
    return closedPeriodLookupFromScopes(rows.map((row) => ({ month: row.month, teamId: row.team_id, exceptTeamIds: row.except_team_ids })));
  }
}
