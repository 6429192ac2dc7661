import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { ClientListQuery, ClientView, Page } from '@billing/organisation/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { containsPattern, pageOf } from '../shared/read/paging';
import { scopeCondition } from '../shared/read/scope-filter';
import { ClientRow } from './client.entity';

export class ListClientsQuery extends Query<Page<ClientView>> {
  constructor(
    readonly principal: Principal,
    readonly query: ClientListQuery,
  ) {
    super();
  }
}

export class GetClientQuery extends Query<ClientView> {
  constructor(
    readonly principal: Principal,
    readonly clientId: string,
  ) {
    super();
  }
}

export function clientView(row: ClientRow): ClientView {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    taxRateBasisPoints: row.taxRateBasisPoints,
    responsibleIds: row.responsibleIds,
    status: row.status,
    revision: row.revision,
  };
}

@QueryHandler(ListClientsQuery)
export class ListClientsHandler implements IQueryHandler<ListClientsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  execute({ principal, query }: ListClientsQuery): Promise<Page<ClientView>> {
    const builder = this.dataSource.getRepository(ClientRow).createQueryBuilder('client').orderBy('lower(client.name)').addOrderBy('client.id');
    const scope = scopeCondition(this.policy.queryScope(principal, 'clients.read'), { clientId: 'client.id' });
    if (scope) builder.andWhere(scope.sql, scope.parameters);
    if (query.q) builder.andWhere('client.name ilike :q', { q: containsPattern(query.q) });
    if (query.status) builder.andWhere('client.status = :status', { status: query.status });
    return pageOf(builder, query, clientView);
  }
}

@QueryHandler(GetClientQuery)
export class GetClientHandler implements IQueryHandler<GetClientQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, clientId }: GetClientQuery): Promise<ClientView> {
    const row = await this.dataSource.getRepository(ClientRow).findOneBy({ id: clientId });
    if (row === null) throw new NotFoundError('Client', clientId);
    this.policy.assert(principal, 'clients.read', { clientId });
    return clientView(row);
  }
}
