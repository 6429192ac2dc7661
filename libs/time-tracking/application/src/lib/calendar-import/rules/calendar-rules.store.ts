import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError, ValidationError } from '@billing/shared/kernel';
import type { CalendarImportRule, CalendarImportRules } from '@billing/time-tracking/contracts';
import { OrganisationDirectory } from '../../shared/organisation-directory';

/** A member's calendar keyword rules (see CalendarRulesRow for why a table and not a stream). */
@Injectable()
export class CalendarRulesStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisation: OrganisationDirectory,
  ) {}

  async of(memberId: string): Promise<CalendarImportRules> {
    const rows: { rules: CalendarImportRule[]; revision: number }[] = await this.dataSource.query(
      'select rules, revision from tt_calendar_import_rules where member_id = $1',
      [memberId],
    );
    return { rules: rows[0]?.rules ?? [], revision: rows[0]?.revision ?? 0 };
  }

  /** Replaces the member's rules; with `expectedRevision`, only if nobody saved them meanwhile (409 otherwise). */
  async replace(memberId: string, rules: CalendarImportRule[], expectedRevision: number | undefined, now: Date): Promise<CalendarImportRules> {
    for (const [index, rule] of rules.entries()) {
      const project = await this.organisation.project(rule.projectId);
      if (project === undefined) throw ValidationError.single(`rules.${index}.projectId`, 'names no project');
      if (rule.taskId && !project.tasks.some((task) => task.taskId === rule.taskId)) {
        throw ValidationError.single(`rules.${index}.taskId`, 'is not a task of the project');
      }
    }
    const cleaned = rules.map((rule) => ({ keyword: rule.keyword.trim(), projectId: rule.projectId, taskId: rule.taskId ?? null }));
    const saved: { revision: number }[] = await this.dataSource.query(
      `insert into tt_calendar_import_rules as r (member_id, rules, revision, updated_at) values ($1, $2::jsonb, 1, $3)
       on conflict (member_id) do update set rules = excluded.rules, revision = r.revision + 1, updated_at = excluded.updated_at
         where $4::integer is null or r.revision = $4::integer
       returning revision`,
      [memberId, JSON.stringify(cleaned), now, expectedRevision ?? null],
    );
    const revision = saved[0]?.revision;
    if (revision === undefined) {
      throw new ConflictError('WRONG_EXPECTED_REVISION', { expected: expectedRevision }, 'The rules were changed meanwhile; reload them and retry');
    }
    return { rules: cleaned, revision };
  }
}
