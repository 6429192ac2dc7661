import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type LocalDate, type MemberId, type ProjectId, isoWeekday } from '@billing/shared/kernel';
import { AUDIT_RULES, type AuditRuleName, type TimeAuditReport } from '@billing/time-tracking/contracts';
import { type AuditedEntry, type Instant, auditTimeEntries } from '@billing/time-tracking/domain';
import { TimeEntryRow } from '../../read-models/time-entries/time-entry.row';
import { EntryReadScopes, entryScopeCondition } from '../../read-models/scope/entry-read-scope';
import { CommandClock } from '../../shared/command-clock';
import { dayRange } from '../../shared/day-range';
import { OrganisationDirectory } from '../../shared/organisation-directory';
import { TimeTrackingSettings } from '../../shared/time-tracking-settings';
import { findingView } from './finding-view';
import { TimeAuditQuery } from './time-audit.query';

/** Until work schedules exist (pace issue), Monday to Friday are the working days. */
const isWorkingDay = (_member: MemberId, date: LocalDate) => isoWeekday(date) <= 5;

@QueryHandler(TimeAuditQuery)
export class TimeAuditHandler implements IQueryHandler<TimeAuditQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: EntryReadScopes,
    private readonly organisation: OrganisationDirectory,
    private readonly settings: TimeTrackingSettings,
    private readonly clock: CommandClock,
  ) {}

  async execute({ principal, query }: TimeAuditQuery): Promise<TimeAuditReport> {
    const timeZone = await this.organisation.timeZone();
    const range = dayRange(query.from, query.to, this.clock.date(), timeZone);
    const lateAfterDays = query.lateAfterDays ?? this.settings.lateAfterDays;
    const builder = this.dataSource
      .getRepository(TimeEntryRow)
      .createQueryBuilder('e')
      .where('e.deleted = false')
      // Adjusting entries are bookkeeping, not logged work: no overlaps, late logging or missing fields to flag.
      .andWhere('e.adjusts_entry_id is null')
      .andWhere('e.local_day between :from and :to', range)
      .orderBy('e.startedAt', 'ASC');
    const scope = entryScopeCondition(this.scopes.of(principal), 'e');
    if (scope) builder.andWhere(scope.sql, scope.parameters);
    if (query.memberId) builder.andWhere('e.member_id = :memberId', { memberId: query.memberId });
    if (query.projectId) builder.andWhere('e.project_id = :projectId', { projectId: query.projectId });
    const rows = await builder.getMany();
    const required = new Map<string, { task: boolean; description: boolean } | undefined>();
    for (const projectId of new Set(rows.map((row) => row.projectId))) {
      required.set(projectId, (await this.organisation.project(projectId))?.requiredFields);
    }
    const audited: AuditedEntry[] = rows.map((row) => ({
      entryId: row.entryId,
      memberId: row.memberId,
      projectId: row.projectId,
      taskId: row.taskId,
      description: row.description,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      recordedAt: row.recordedAt,
    })) as AuditedEntry[];
    const findings = auditTimeEntries(audited, {
      timeZone,
      now: this.clock.now() as Instant,
      lateAfterDays,
      requiredFieldsOf: (projectId: ProjectId) => required.get(projectId),
      isWorkingDay,
    });
    const wanted = new Set<AuditRuleName>(query.rules ?? AUDIT_RULES);
    const byId = new Map(rows.map((row) => [row.entryId, row]));
    const views = findings.filter((finding) => wanted.has(finding.rule)).flatMap((finding) => {
      const row = byId.get(finding.entryId);
      return row === undefined ? [] : [findingView(finding, row)];
    });
    const totals = Object.fromEntries(AUDIT_RULES.map((rule) => [rule, views.filter((view) => view.rule === rule).length])) as Record<AuditRuleName, number>;
    return { from: range.from, to: range.to, lateAfterDays, workingDays: 'monday-to-friday', findings: views, totals };
  }
}
