import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { Page, TeamListQuery, TeamMembersOnDate, TeamView } from '@billing/organisation/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { containsPattern, pageOf } from '../shared/read/paging';
import { scopeCondition } from '../shared/read/scope-filter';
import { OrganisationToday } from '../shared/read/organisation-today';
import { TeamRow } from './team.entity';

export class ListTeamsQuery extends Query<Page<TeamView>> {
  constructor(
    readonly principal: Principal,
    readonly query: TeamListQuery,
  ) {
    super();
  }
}

export class GetTeamQuery extends Query<TeamView> {
  constructor(
    readonly principal: Principal,
    readonly teamId: string,
  ) {
    super();
  }
}

export class ListTeamMembersOnQuery extends Query<TeamMembersOnDate> {
  constructor(
    readonly principal: Principal,
    readonly teamId: string,
    readonly on?: string,
  ) {
    super();
  }
}

const teamView = (row: TeamRow): TeamView => ({
  id: row.id,
  name: row.name,
  responsibleIds: row.responsibleIds,
  status: row.status,
  revision: row.revision,
});

@QueryHandler(ListTeamsQuery)
export class ListTeamsHandler implements IQueryHandler<ListTeamsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  execute({ principal, query }: ListTeamsQuery): Promise<Page<TeamView>> {
    const builder = this.dataSource.getRepository(TeamRow).createQueryBuilder('team').orderBy('lower(team.name)').addOrderBy('team.id');
    const scope = scopeCondition(this.policy.queryScope(principal, 'teams.read'), { teamId: 'team.id' });
    if (scope) builder.andWhere(scope.sql, scope.parameters);
    if (query.q) builder.andWhere('team.name ilike :q', { q: containsPattern(query.q) });
    if (query.status) builder.andWhere('team.status = :status', { status: query.status });
    return pageOf(builder, query, teamView);
  }
}

@QueryHandler(GetTeamQuery)
export class GetTeamHandler implements IQueryHandler<GetTeamQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, teamId }: GetTeamQuery): Promise<TeamView> {
    const row = await this.dataSource.getRepository(TeamRow).findOneBy({ id: teamId });
    if (row === null) throw new NotFoundError('Team', teamId);
    this.policy.assert(principal, 'teams.read', { teamIds: [teamId] });
    return teamView(row);
  }
}

/** Who was in the team on a date (default: today in the organisation's time zone). */
@QueryHandler(ListTeamMembersOnQuery)
export class ListTeamMembersOnHandler implements IQueryHandler<ListTeamMembersOnQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly today: OrganisationToday,
  ) {}

  async execute({ principal, teamId, on }: ListTeamMembersOnQuery): Promise<TeamMembersOnDate> {
    const exists = await this.dataSource.getRepository(TeamRow).existsBy({ id: teamId });
    if (!exists) throw new NotFoundError('Team', teamId);
    this.policy.assert(principal, 'teams.read', { teamIds: [teamId] });
    const date = on ?? (await this.today.date());
    const rows: { member_id: string; name: string; email: string; from_date: string; until_date: string | null }[] =
      await this.dataSource.query(
        `select t.member_id, m.name, m.email, t.from_date, t.until_date
           from org_team_memberships t join org_members m on m.id = t.member_id
          where t.team_id = $1 and t.from_date <= $2 and (t.until_date is null or t.until_date > $2)
          order by lower(m.name), m.id`,
        [teamId, date],
      );
    return {
      teamId,
      on: date,
      items: rows.map((row) => ({ memberId: row.member_id, name: row.name, email: row.email, from: row.from_date, until: row.until_date })),
    };
  }
}
