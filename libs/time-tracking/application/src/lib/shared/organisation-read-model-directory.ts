import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type LocalDate, type MemberId, type ProjectId, type TaskId, type TeamId, type TimeZone, UTC, isValidTimeZone } from '@billing/shared/kernel';
import { OrganisationDirectory, type ProjectForEntries, TeamHistory } from './organisation-directory';

interface ProjectSqlRow {
  id: string;
  client_id: string;
  status: ProjectForEntries['status'];
  member_ids: string[];
  default_billable: boolean;
  required_fields: { task?: boolean; description?: boolean };
}

/**
 * Reads the organisation context's read models (`org_settings`, `org_projects`, `org_tasks`,
 * `org_team_memberships`), which its projections keep. Nothing of the organisation is projected twice.
 */
@Injectable()
export class OrganisationReadModelDirectory extends OrganisationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async timeZone(): Promise<TimeZone> {
    const rows: { time_zone: string }[] = await this.dataSource.query('select time_zone from org_settings limit 1');
    const zone = rows[0]?.time_zone;
    return isValidTimeZone(zone) ? zone : UTC;
  }

  async project(projectId: string): Promise<ProjectForEntries | undefined> {
    const rows: ProjectSqlRow[] = await this.dataSource.query(
      `select id, client_id, status, member_ids, default_billable, required_fields from org_projects where id = $1`,
      [projectId],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    const tasks: { id: string; billable: boolean; archived: boolean }[] = await this.dataSource.query(
      'select id, billable, archived from org_tasks where project_id = $1',
      [projectId],
    );
    return {
      projectId: row.id as ProjectId,
      clientId: row.client_id,
      status: row.status,
      memberIds: row.member_ids as MemberId[],
      defaultBillable: row.default_billable,
      requiredFields: { task: row.required_fields.task === true, description: row.required_fields.description === true },
      tasks: tasks.map((task) => ({ taskId: task.id as TaskId, archived: task.archived, billable: task.billable })),
    };
  }

  async teamOfMemberOn(memberId: string, date: LocalDate): Promise<TeamId | undefined> {
    return (await this.teamHistoryOf(memberId)).teamOn(date);
  }

  async teamHistoryOf(memberId: string): Promise<TeamHistory> {
    const rows: { from_date: string; until_date: string | null; team_id: string | null }[] = await this.dataSource.query(
      'select from_date, until_date, team_id from org_team_memberships where member_id = $1 order by from_date',
      [memberId],
    );
    return new TeamHistory(rows.map((row) => ({ from: row.from_date, until: row.until_date, teamId: row.team_id })));
  }
}
