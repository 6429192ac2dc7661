import type { DataSource } from 'typeorm';
import { type ChecklistItem, checklistItem } from '@billing/closing/domain';
import type { MemberId, TeamId, TimeEntryId } from '@billing/shared/kernel';
import { entriesWithoutRate } from './checklist-items';

interface MissingRateRow {
  entry_id: string;
  member_id: string;
  local_day: string;
  billable_seconds: number;
}

/**
 * Billable entries of the period that no rate prices, from the report read model (`rpt_time_entries`, valued by the
 * rates domain: `rate_minor` is null exactly when no level had a usable rate on the entry's day). The team is the
 * member's team on the entry's day. Stays "not available" on a host without the report read model.
 */
export async function entriesWithoutRateItem(
  dataSource: Pick<DataSource, 'query'>,
  periodKey: string,
  teamIds: readonly TeamId[] | null,
): Promise<ChecklistItem> {
  const [table] = (await dataSource.query(
    "select to_regclass('rpt_time_entries') is not null as present",
  )) as { present: boolean }[];
  if (!table?.present) return entriesWithoutRate();
  const rows: MissingRateRow[] = await dataSource.query(
    `select entry_id, member_id, local_day::text as local_day, billable_seconds
       from rpt_time_entries
      where live and billable and rate_minor is null
        and local_day >= $1::date and local_day < ($1::date + interval '1 month')
        and ($2::uuid[] is null or team_id = any($2::uuid[]))
      order by local_day, member_id, entry_id`,
    [`${periodKey}-01`, teamIds === null ? null : [...teamIds]],
  );
  const findings = rows.map((row) => ({
    target: { kind: 'entry' as const, entryId: row.entry_id as TimeEntryId },
    memberId: row.member_id as MemberId,
    day: row.local_day,
    reason: 'missing-rate',
    seconds: row.billable_seconds,
  }));
  return checklistItem('entries-without-rate', findings, {
    seconds: findings.reduce((sum, finding) => sum + finding.seconds, 0),
    explanation:
      'Billable entries no rate applies to on their day (amount 0): set a rate at any of the six levels.',
  });
}
