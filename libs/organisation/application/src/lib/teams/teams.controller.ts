import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { Page, TeamMembersOnDate, TeamView } from '@billing/organisation/contracts';
import { EntityIdPipe } from '../shared/http/entity-id.pipe';
import { ApiIdempotencyKey, ApiIfMatch, IfMatchRevision } from '../shared/http/if-match.decorator';
import { API_PREFIX, created, withEtag } from '../shared/http/revision-response';
import { ArchiveTeamCommand, CreateTeamCommand, UpdateTeamCommand } from './team.commands';
import { CreateTeamBody, TeamListQueryDto, TeamMembersOnQueryDto, UpdateTeamBody } from './team.dto';
import { GetTeamQuery, ListTeamMembersOnQuery, ListTeamsQuery } from './team.queries';

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('teams.read')
  @ApiOkResponse({ description: 'A page of teams' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: TeamListQueryDto): Promise<Page<TeamView>> {
    return this.queries.execute(new ListTeamsQuery(principal, query));
  }

  @Get(':teamId')
  @RequirePermission('teams.read')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('teamId', EntityIdPipe) teamId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TeamView> {
    return withEtag(response, await this.queries.execute(new GetTeamQuery(principal, teamId)));
  }

  @Get(':teamId/members')
  @RequirePermission('teams.read')
  @ApiOkResponse({ description: 'Members of the team on the given date (effective-dated)' })
  members(
    @CurrentPrincipal() principal: Principal,
    @Param('teamId', EntityIdPipe) teamId: string,
    @Query() query: TeamMembersOnQueryDto,
  ): Promise<TeamMembersOnDate> {
    return this.queries.execute(new ListTeamMembersOnQuery(principal, teamId, query.on));
  }

  @Post()
  @RequirePermission('teams.write')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'Created; Location and ETag headers' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateTeamBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TeamView> {
    const { id } = await this.commands.execute(new CreateTeamCommand(principal, body));
    return created(response, `${API_PREFIX}/teams/${id}`, await this.queries.execute(new GetTeamQuery(principal, id)));
  }

  @Patch(':teamId')
  @RequirePermission('teams.write')
  @ApiIfMatch()
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('teamId', EntityIdPipe) teamId: string,
    @IfMatchRevision() revision: number,
    @Body() body: UpdateTeamBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TeamView> {
    await this.commands.execute(new UpdateTeamCommand(principal, teamId, revision, body));
    return withEtag(response, await this.queries.execute(new GetTeamQuery(principal, teamId)));
  }

  @Post(':teamId/archive')
  @HttpCode(200)
  @RequirePermission('teams.write')
  @ApiIfMatch()
  async archive(
    @CurrentPrincipal() principal: Principal,
    @Param('teamId', EntityIdPipe) teamId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TeamView> {
    await this.commands.execute(new ArchiveTeamCommand(principal, teamId, revision));
    return withEtag(response, await this.queries.execute(new GetTeamQuery(principal, teamId)));
  }
}
