import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ChecklistSnapshot } from '@billing/closing/domain';
import { type Clock, type LocalDate, type MemberId, type ProjectId, type TeamId, type TimeZone, Period, addDays, isoWeekday, localDateOf } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { type AuditedEntry, auditTimeEntries, instantFromEpochSeconds } from '@billing/time-tracking/domain';
import { qualityFindings, runningTimers, unbilledBillableHours } from './checklist-items';
import { entriesWithoutRateItem } from './entries-without-rate';
import { membersBehindPaceItem } from './members-behind-pace';
import { type PeriodEntryRow, periodEntries } from './period-entries';

const DEFAULT_LATE_AFTER_DAYS = 3;

/** Until work schedules exist (Pace), Monday to Friday are the working days, as in the time-tracking audit. */
const isWorkingDay = (_member: MemberId, date: LocalDate) => isoWeekday(date) <= 5;

function lateAfterDays(): number {
  const value = process.env['TIME_AUDIT_LATE_AFTER_DAYS'];
  return value !== undefined && /^\d{1,3}$/.test(value.trim()) ? Number(value) : DEFAULT_LATE_AFTER_DAYS;
}

/** Computes the close checklist of a period (and teams) live from the read models. */
@Injectable()
export class ChecklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async compute(periodKey: string, teamIds: readonly TeamId[] | null, timeZone: TimeZone): Promise<ChecklistSnapshot> {
    const now = this.clock.now();
    const entries = await periodEntries(this.dataSource, periodKey, teamIds);
    const audit = auditTimeEntries(entries.map(audited), {
      timeZone,
      now: instantFromEpochSeconds(Math.floor(now.getTime() / 1000)),
      lateAfterDays: lateAfterDays(),
      requiredFieldsOf: await this.requiredFields(entries),
      isWorkingDay,
    });
    return {
      periodKey,
      teamIds: teamIds === null ? null : [...teamIds],
      computedAt: now.toISOString(),
      items: [
        runningTimers(entries),
        await membersBehindPaceItem(this.dataSource, periodKey, paceUntil(periodKey, now, timeZone), teamIds),
        await entriesWithoutRateItem(this.dataSource, periodKey, teamIds),
        unbilledBillableHours(entries),
        qualityFindings(entries, audit),
      ],
    };
  }

  private async requiredFields(entries: readonly PeriodEntryRow[]) {
    const projectIds = [...new Set(entries.map((row) => row.project_id))];
    const rows: { id: string; required_fields: { task?: boolean; description?: boolean } }[] = projectIds.length
      ? await this.dataSource.query('select id, required_fields from org_projects where id = any($1)', [projectIds])
      : [];
    const byId = new Map(rows.map((row) => [row.id, { task: row.required_fields.task === true, description: row.required_fields.description === true }]));
    return (projectId: ProjectId) => byId.get(projectId);
  }
}

/** Pace counts to the period's last day, or to today while the period still runs. */
function paceUntil(periodKey: string, now: Date, timeZone: TimeZone): LocalDate {
  const period = Period.fromKey(periodKey, timeZone);
  const today = localDateOf(now, timeZone);
  const last = addDays(period.next().firstDay, -1);
  return today < last ? today : last;
}

function audited(row: PeriodEntryRow): AuditedEntry {
  return {
    entryId: row.entry_id,
    memberId: row.member_id,
    projectId: row.project_id,
    taskId: row.task_id,
    description: row.description,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    recordedAt: row.recorded_at,
  } as AuditedEntry;
}
