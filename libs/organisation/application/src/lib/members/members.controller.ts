import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { MemberTeamHistoryView, MemberView, Page } from '@billing/organisation/contracts';
import { EntityIdPipe } from '../shared/http/entity-id.pipe';
import { ApiIdempotencyKey, ApiIfMatch, IfMatchRevision, OptionalIfMatchRevision } from '../shared/http/if-match.decorator';
import { API_PREFIX, created, withEtag } from '../shared/http/revision-response';
import {
  ChangeMemberStatusCommand,
  CreateMemberCommand,
  MoveMemberCommand,
  UpdateMemberCommand,
  type MemberStatusAction,
} from './member.commands';
import { CreateMemberBody, MemberListQueryDto, MoveMemberBody, UpdateMemberBody } from './member.dto';
import { GetMemberQuery, GetMemberTeamHistoryQuery, ListMembersQuery } from './member.queries';

@ApiTags('members')
@ApiBearerAuth()
@Controller('members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({ description: 'A page of members' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: MemberListQueryDto): Promise<Page<MemberView>> {
    return this.queries.execute(new ListMembersQuery(principal, query));
  }

  @Get(':memberId')
  @RequirePermission('members.read')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('memberId', EntityIdPipe) memberId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberView> {
    return withEtag(response, await this.queries.execute(new GetMemberQuery(principal, memberId)));
  }

  @Post()
  @RequirePermission('members.manage')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'Registered; with initialPassword the member can log in' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateMemberBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberView> {
    const { id } = await this.commands.execute(new CreateMemberCommand(principal, body));
    return created(response, `${API_PREFIX}/members/${id}`, await this.queries.execute(new GetMemberQuery(principal, id)));
  }

  @Patch(':memberId')
  @RequirePermission('members.manage')
  @ApiIfMatch()
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('memberId', EntityIdPipe) memberId: string,
    @IfMatchRevision() revision: number,
    @Body() body: UpdateMemberBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberView> {
    await this.commands.execute(new UpdateMemberCommand(principal, memberId, revision, body));
    return withEtag(response, await this.queries.execute(new GetMemberQuery(principal, memberId)));
  }

  @Post(':memberId/deactivate')
  @HttpCode(200)
  @RequirePermission('members.manage')
  @ApiIfMatch()
  deactivate(
    @CurrentPrincipal() principal: Principal,
    @Param('memberId', EntityIdPipe) memberId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberView> {
    return this.changeStatus(principal, memberId, revision, 'deactivate', response);
  }

  @Post(':memberId/reactivate')
  @HttpCode(200)
  @RequirePermission('members.manage')
  @ApiIfMatch()
  reactivate(
    @CurrentPrincipal() principal: Principal,
    @Param('memberId', EntityIdPipe) memberId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberView> {
    return this.changeStatus(principal, memberId, revision, 'reactivate', response);
  }

  @Get(':memberId/team-history')
  @RequirePermission('teams.read')
  @ApiOkResponse({ description: "The member's effective-dated team periods; ETag: the membership revision" })
  async teamHistory(
    @CurrentPrincipal() principal: Principal,
    @Param('memberId', EntityIdPipe) memberId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberTeamHistoryView> {
    return withEtag(response, await this.queries.execute(new GetMemberTeamHistoryQuery(principal, memberId)));
  }

  @Post(':memberId/team-moves')
  @HttpCode(200)
  @RequirePermission('teams.write')
  @ApiIdempotencyKey()
  @ApiHeader({ name: 'If-Match', required: false, description: 'Revision of the team history (optional)' })
  async move(
    @CurrentPrincipal() principal: Principal,
    @Param('memberId', EntityIdPipe) memberId: string,
    @OptionalIfMatchRevision() revision: number | undefined,
    @Body() body: MoveMemberBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberTeamHistoryView> {
    await this.commands.execute(new MoveMemberCommand(principal, memberId, body, revision));
    return withEtag(response, await this.queries.execute(new GetMemberTeamHistoryQuery(principal, memberId)));
  }

  private async changeStatus(
    principal: Principal,
    memberId: string,
    revision: number,
    action: MemberStatusAction,
    response: Response,
  ): Promise<MemberView> {
    await this.commands.execute(new ChangeMemberStatusCommand(principal, memberId, revision, action));
    return withEtag(response, await this.queries.execute(new GetMemberQuery(principal, memberId)));
  }
}
