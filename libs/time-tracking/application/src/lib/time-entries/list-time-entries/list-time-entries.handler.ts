import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ValidationError } from '@billing/shared/kernel';
import type { TimeEntryPage } from '@billing/time-tracking/contracts';
import { TimeEntryRow } from '../../read-models/time-entries/time-entry.row';
import { EntryReadScopes, entryScopeCondition } from '../../read-models/scope/entry-read-scope';
import { CommandClock } from '../../shared/command-clock';
import { EntryAdjustments } from '../../shared/entry-adjustments';
import { viewOfRow } from '../../shared/entry-view';
import { ListTimeEntriesQuery } from './list-time-entries.query';

const DEFAULT_PAGE_SIZE = 50;

/** Escapes LIKE wildcards so a search for `50%` finds the text 50%. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;

@QueryHandler(ListTimeEntriesQuery)
export class ListTimeEntriesHandler implements IQueryHandler<ListTimeEntriesQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: EntryReadScopes,
    private readonly clock: CommandClock,
    private readonly adjustments: EntryAdjustments,
  ) {}

  async execute({ principal, query }: ListTimeEntriesQuery): Promise<TimeEntryPage> {
    if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
      throw ValidationError.single('to', 'must not be before from');
    }
    const builder = this.dataSource
      .getRepository(TimeEntryRow)
      .createQueryBuilder('e')
      .where('e.deleted = false')
      .orderBy('e.startedAt', 'DESC')
      .addOrderBy('e.entryId', 'ASC');
    const scope = entryScopeCondition(this.scopes.of(principal), 'e');
    if (scope) builder.andWhere(scope.sql, scope.parameters);
    if (query.from) builder.andWhere('e.local_day >= :from', { from: query.from });
    if (query.to) builder.andWhere('e.local_day <= :to', { to: query.to });
    if (query.memberId) builder.andWhere('e.member_id = :memberId', { memberId: query.memberId });
    if (query.projectId) builder.andWhere('e.project_id = :projectId', { projectId: query.projectId });
    if (query.taskId) builder.andWhere('e.task_id = :taskId', { taskId: query.taskId });
    if (query.billable !== undefined) builder.andWhere('e.billable = :billable', { billable: query.billable });
    if (query.q) {
      builder.andWhere(`(e.description ilike :q or array_to_string(e.tags, ' ') ilike :q)`, { q: containsPattern(query.q) });
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const [rows, total] = await builder.skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    const now = this.clock.now();
    const adjusted = await this.adjustments.secondsOf(rows.map((row) => row.entryId));
    return { items: rows.map((row) => viewOfRow(row, now, adjusted.get(row.entryId))), page, pageSize, total };
  }
}
