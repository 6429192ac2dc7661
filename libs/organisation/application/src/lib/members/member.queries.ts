import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { MemberListQuery, MemberTeamHistoryView, MemberView, Page } from '@billing/organisation/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { TeamMembershipRow } from '../teams/team.entity';
import { OrganisationToday } from '../shared/read/organisation-today';
import { containsPattern, pagingOf } from '../shared/read/paging';
import { MemberRow } from './member.entity';

export class ListMembersQuery extends Query<Page<MemberView>> {
  constructor(
    readonly principal: Principal,
    readonly query: MemberListQuery,
  ) {
    super();
  }
}

export class GetMemberQuery extends Query<MemberView> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
  ) {
    super();
  }
}

export class GetMemberTeamHistoryQuery extends Query<MemberTeamHistoryView> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
  ) {
    super();
  }
}

interface CurrentTeamRaw {
  member_id: string;
  current_team_id: string | null;
}

const CURRENT_TEAM = `(select t.team_id from org_team_memberships t
   where t.member_id = member.id and t.from_date <= :today and (t.until_date is null or t.until_date > :today))`;

const view = (row: MemberRow, currentTeamId: string | null): MemberView => ({
  id: row.id,
  name: row.name,
  email: row.email,
  roles: row.roles,
  status: row.status,
  currentTeamId,
  revision: row.revision,
});

@QueryHandler(ListMembersQuery)
export class ListMembersHandler implements IQueryHandler<ListMembersQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly today: OrganisationToday,
  ) {}

  async execute({ principal, query }: ListMembersQuery): Promise<Page<MemberView>> {
    const scope = this.policy.queryScope(principal, 'members.read');
    const builder = this.dataSource
      .getRepository(MemberRow)
      .createQueryBuilder('member')
      .addSelect(CURRENT_TEAM, 'current_team_id')
      .setParameter('today', await this.today.date());
    if (scope.kind === 'own') builder.andWhere('member.id = :own', { own: scope.memberId });
    if (query.q) builder.andWhere('(member.name ilike :q or member.email ilike :q)', { q: containsPattern(query.q) });
    if (query.status) builder.andWhere('member.status = :status', { status: query.status });
    if (query.role) builder.andWhere(':role = any(member.roles)', { role: query.role });
    if (query.teamId) builder.andWhere(`${CURRENT_TEAM} = :teamId`, { teamId: query.teamId });
    const { page, pageSize } = pagingOf(query);
    const total = await builder.getCount();
    const { entities, raw } = await builder
      .orderBy('lower(member.name)')
      .addOrderBy('member.id')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawAndEntities<CurrentTeamRaw>();
    const items = entities.map((row) => view(row, raw.find((r) => r.member_id === row.id)?.current_team_id ?? null));
    return { items, page, pageSize, total };
  }
}

@QueryHandler(GetMemberQuery)
export class GetMemberHandler implements IQueryHandler<GetMemberQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly today: OrganisationToday,
  ) {}

  async execute({ principal, memberId }: GetMemberQuery): Promise<MemberView> {
    const { entities, raw } = await this.dataSource
      .getRepository(MemberRow)
      .createQueryBuilder('member')
      .addSelect(CURRENT_TEAM, 'current_team_id')
      .setParameter('today', await this.today.date())
      .where('member.id = :memberId', { memberId })
      .getRawAndEntities<CurrentTeamRaw>();
    const row = entities[0];
    if (row === undefined) throw new NotFoundError('Member', memberId);
    this.policy.assert(principal, 'members.read', { memberId });
    return view(row, raw[0]?.current_team_id ?? null);
  }
}

@QueryHandler(GetMemberTeamHistoryQuery)
export class GetMemberTeamHistoryHandler implements IQueryHandler<GetMemberTeamHistoryQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, memberId }: GetMemberTeamHistoryQuery): Promise<MemberTeamHistoryView> {
    this.policy.assert(principal, 'teams.read', { memberId });
    const member = await this.dataSource.getRepository(MemberRow).existsBy({ id: memberId });
    if (!member) throw new NotFoundError('Member', memberId);
    const rows = await this.dataSource.getRepository(TeamMembershipRow).find({ where: { memberId }, order: { from: 'ASC' } });
    return {
      memberId,
      revision: rows[0]?.revision ?? -1,
      periods: rows.flatMap((row) => (row.teamId === null ? [] : [{ teamId: row.teamId, from: row.from, until: row.until }])),
    };
  }
}
