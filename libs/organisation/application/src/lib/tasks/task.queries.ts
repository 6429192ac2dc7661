import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { Page, TaskListQuery, TaskView } from '@billing/organisation/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { readableProject } from '../projects/project.queries';
import { containsPattern, pageOf } from '../shared/read/paging';
import { TaskRow } from './task.entity';

export class ListTasksQuery extends Query<Page<TaskView>> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly query: TaskListQuery,
  ) {
    super();
  }
}

export class GetTaskQuery extends Query<TaskView> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly taskId: string,
  ) {
    super();
  }
}

const taskView = (row: TaskRow): TaskView => ({ ...row });

@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, projectId, query }: ListTasksQuery): Promise<Page<TaskView>> {
    await readableProject(this.dataSource, this.policy, principal, projectId);
    const builder = this.dataSource
      .getRepository(TaskRow)
      .createQueryBuilder('task')
      .where('task.project_id = :projectId', { projectId })
      .orderBy('lower(task.name)')
      .addOrderBy('task.id');
    if (query.q) builder.andWhere('task.name ilike :q', { q: containsPattern(query.q) });
    if (query.archived !== undefined) builder.andWhere('task.archived = :archived', { archived: query.archived });
    return pageOf(builder, query, taskView);
  }
}

@QueryHandler(GetTaskQuery)
export class GetTaskHandler implements IQueryHandler<GetTaskQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, projectId, taskId }: GetTaskQuery): Promise<TaskView> {
    await readableProject(this.dataSource, this.policy, principal, projectId);
    const row = await this.dataSource.getRepository(TaskRow).findOneBy({ id: taskId, projectId });
    if (row === null) throw new NotFoundError('Task', taskId);
    return taskView(row);
  }
}
