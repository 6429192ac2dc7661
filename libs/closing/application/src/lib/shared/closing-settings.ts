import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_SUBMISSION_DEADLINE_RULE, type SubmissionDeadlineRule, submissionDeadlineRuleProblems } from '@billing/organisation/domain';
import { type TeamId, type TimeZone, UTC, isValidTimeZone } from '@billing/shared/kernel';

export interface OrganisationCalendar {
  timeZone: TimeZone;
  deadlineRule: SubmissionDeadlineRule;
}

/**
 * What the close reads from the organisation context's read models (`org_settings`, `org_teams`): the zone, the
 * submission deadline rule, and which teams exist. UTC and the default rule until the organisation is set up.
 */
@Injectable()
export class OrganisationCalendars {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(): Promise<OrganisationCalendar> {
    const rows: { time_zone: string; submission_deadline_rule: SubmissionDeadlineRule | null }[] = await this.dataSource.query(
      'select time_zone, submission_deadline_rule from org_settings limit 1',
    );
    const row = rows[0];
    const rule = row?.submission_deadline_rule;
    return {
      timeZone: isValidTimeZone(row?.time_zone) ? row.time_zone : UTC,
      deadlineRule: rule && submissionDeadlineRuleProblems(rule).length === 0 ? rule : DEFAULT_SUBMISSION_DEADLINE_RULE,
    };
  }

  async teamIds(): Promise<Set<TeamId>> {
    const rows: { id: string }[] = await this.dataSource.query('select id from org_teams');
    return new Set(rows.map((row) => row.id as TeamId));
  }
}
