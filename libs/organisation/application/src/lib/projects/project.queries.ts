import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { Page, ProjectListQuery, ProjectView } from '@billing/organisation/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { containsPattern, pageOf } from '../shared/read/paging';
import { scopeCondition } from '../shared/read/scope-filter';
import { billingModelOf } from './billing-model-columns';
import { ProjectRow } from './project.entity';

export class ListProjectsQuery extends Query<Page<ProjectView>> {
  constructor(
    readonly principal: Principal,
    readonly query: ProjectListQuery,
  ) {
    super();
  }
}

export class GetProjectQuery extends Query<ProjectView> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
  ) {
    super();
  }
}

export function projectView(row: ProjectRow): ProjectView {
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    currency: row.currency,
    billingModel: billingModelOf(row),
    estimate: row.estimate,
    budgetAlertThresholdPercent: row.budgetAlertThresholdPercent,
    status: row.status,
    defaultBillable: row.defaultBillable,
    requiredFields: row.requiredFields,
    timeRounding: row.timeRounding,
    responsibleIds: row.responsibleIds,
    memberIds: row.memberIds,
    revision: row.revision,
  };
}

@QueryHandler(ListProjectsQuery)
export class ListProjectsHandler implements IQueryHandler<ListProjectsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  execute({ principal, query }: ListProjectsQuery): Promise<Page<ProjectView>> {
    const builder = this.dataSource.getRepository(ProjectRow).createQueryBuilder('project').orderBy('lower(project.name)').addOrderBy('project.id');
    const scope = scopeCondition(this.policy.queryScope(principal, 'projects.read'), {
      projectId: 'project.id',
      clientId: 'project.client_id',
    });
    if (scope) builder.andWhere(scope.sql, scope.parameters);
    if (query.q) builder.andWhere('project.name ilike :q', { q: containsPattern(query.q) });
    if (query.clientId) builder.andWhere('project.client_id = :clientId', { clientId: query.clientId });
    if (query.status) builder.andWhere('project.status = :status', { status: query.status });
    if (query.billingModel) builder.andWhere('project.billing_model_kind = :kind', { kind: query.billingModel });
    return pageOf(builder, query, projectView);
  }
}

/** Loads a project the caller may read (404 when missing, 403 naming projects.read when out of scope). */
export async function readableProject(
  dataSource: DataSource,
  policy: AccessPolicy,
  principal: Principal,
  projectId: string,
): Promise<ProjectRow> {
  const row = await dataSource.getRepository(ProjectRow).findOneBy({ id: projectId });
  if (row === null) throw new NotFoundError('Project', projectId);
  policy.assert(principal, 'projects.read', { projectId, clientId: row.clientId });
  return row;
}

@QueryHandler(GetProjectQuery)
export class GetProjectHandler implements IQueryHandler<GetProjectQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, projectId }: GetProjectQuery): Promise<ProjectView> {
    return projectView(await readableProject(this.dataSource, this.policy, principal, projectId));
  }
}
