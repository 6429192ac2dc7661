import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import type { DataSource } from 'typeorm';

/**
 * After a write, waits (polling, with a deadline) until the read-model row shows the new revision, so a list
 * fetched right after a create already contains it. Inside `withoutReadYourWrites` (the seeds) it answers at once.
 */
@Injectable()
export class ReadYourWrites {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rowAtRevision(
    table: ReadModelTable,
    key: Record<string, string>,
    revision: number,
  ): Promise<boolean> {
    const columns = Object.keys(key);
    const where = columns.map((column, index) => `${column} = $${index + 1}`).join(' and ');
    return awaitReadModel(async () => {
      const rows: { revision: number }[] = await this.dataSource.query(
        `select revision from ${table} where ${where}`,
        Object.values(key),
      );
      return rows.length > 0 && rows.every((row) => row.revision >= revision);
    });
  }
}

export type ReadModelTable =
  | 'org_settings'
  | 'org_members'
  | 'org_team_memberships'
  | 'org_teams'
  | 'org_clients'
  | 'org_projects'
  | 'org_tasks'
  | 'org_milestones';
