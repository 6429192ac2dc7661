import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type IsPeriodClosed, closedPeriodLookup } from '@billing/time-tracking/domain';

/** Port: which months are closed, organisation-wide or per team. Filled by the month-end close (a later issue). */
export abstract class ClosedPeriods {
  abstract lookup(): Promise<IsPeriodClosed>;
}

/** Reads `tt_closed_periods` (month `YYYY-MM`, team id or null for organisation-wide). Empty until close exists. */
@Injectable()
export class ReadModelClosedPeriods extends ClosedPeriods {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async lookup(): Promise<IsPeriodClosed> {
    const rows: { month: string; team_id: string | null }[] = await this.dataSource.query(
      'select month, team_id from tt_closed_periods',
    );
    const byTeam: Record<string, string[]> = {};
    for (const row of rows) {
      if (row.team_id !== null) (byTeam[row.team_id] ??= []).push(row.month);
    }
    return closedPeriodLookup({ organisationWide: rows.filter((row) => row.team_id === null).map((row) => row.month), byTeam });
  }
}
