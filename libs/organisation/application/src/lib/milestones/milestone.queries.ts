import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { MilestoneListQuery, MilestoneView, Page } from '@billing/organisation/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { readableProject } from '../projects/project.queries';
import { containsPattern, pageOf } from '../shared/read/paging';
import { MilestoneRow } from './milestone.entity';

export class ListMilestonesQuery extends Query<Page<MilestoneView>> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly query: MilestoneListQuery,
  ) {
    super();
  }
}

export class GetMilestoneQuery extends Query<MilestoneView> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly milestoneId: string,
  ) {
    super();
  }
}

const milestoneView = (row: MilestoneRow): MilestoneView => ({
  id: row.id,
  projectId: row.projectId,
  name: row.name,
  dueDate: row.dueDate,
  amount: { amountMinor: row.amountMinor, currency: row.currency },
  completedOn: row.completedOn,
  revision: row.revision,
});

@QueryHandler(ListMilestonesQuery)
export class ListMilestonesHandler implements IQueryHandler<ListMilestonesQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, projectId, query }: ListMilestonesQuery): Promise<Page<MilestoneView>> {
    await readableProject(this.dataSource, this.policy, principal, projectId);
    const builder = this.dataSource
      .getRepository(MilestoneRow)
      .createQueryBuilder('milestone')
      .where('milestone.project_id = :projectId', { projectId })
      .orderBy('milestone.due_date')
      .addOrderBy('milestone.id');
    if (query.q) builder.andWhere('milestone.name ilike :q', { q: containsPattern(query.q) });
    return pageOf(builder, query, milestoneView);
  }
}

@QueryHandler(GetMilestoneQuery)
export class GetMilestoneHandler implements IQueryHandler<GetMilestoneQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, projectId, milestoneId }: GetMilestoneQuery): Promise<MilestoneView> {
    await readableProject(this.dataSource, this.policy, principal, projectId);
    const row = await this.dataSource.getRepository(MilestoneRow).findOneBy({ id: milestoneId, projectId });
    if (row === null) throw new NotFoundError('Milestone', milestoneId);
    return milestoneView(row);
  }
}
