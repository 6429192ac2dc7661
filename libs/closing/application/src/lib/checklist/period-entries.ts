import type { DataSource } from 'typeorm';

/** A live entry of the period, from time tracking's `tt_time_entries`. */
export interface PeriodEntryRow {
  entry_id: string;
  member_id: string;
  project_id: string;
  task_id: string | null;
  description: string;
  billable: boolean;
  billed: boolean;
  started_at: string;
  ended_at: string | null;
  duration_seconds: number | null;
  recorded_at: string;
  local_day: string;
}

/**
 * The period's live entries (by the local month of their start), optionally only those whose member belonged to
 * one of the teams on the entry's day (team membership is effective-dated).
 */
export async function periodEntries(dataSource: DataSource, periodKey: string, teamIds: readonly string[] | null): Promise<PeriodEntryRow[]> {
  return dataSource.query(
    `select e.entry_id, e.member_id, e.project_id, e.task_id, e.description, e.billable, e.billing is not null as billed,
            e.started_at, e.ended_at, e.duration_seconds, e.recorded_at, e.local_day
       from tt_time_entries e
      where e.local_month = $1 and e.deleted = false
        and ($2::uuid[] is null or exists (
          select 1 from org_team_memberships m
           where m.member_id = e.member_id and m.team_id = any($2::uuid[])
             and m.from_date <= e.local_day and (m.until_date is null or e.local_day < m.until_date)))
      order by e.started_at, e.entry_id`,
    [periodKey, teamIds],
  );
}
