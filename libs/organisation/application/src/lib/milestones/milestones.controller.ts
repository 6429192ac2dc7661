import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { MilestoneView, Page } from '@billing/organisation/contracts';
import { EntityIdPipe } from '../shared/http/entity-id.pipe';
import { ApiIdempotencyKey, ApiIfMatch, IfMatchRevision } from '../shared/http/if-match.decorator';
import { ListQueryDto } from '../shared/http/list-query.dto';
import { API_PREFIX, created, withEtag } from '../shared/http/revision-response';
import { AddMilestoneCommand, ChangeMilestoneCommand, CompleteMilestoneCommand } from './milestone.commands';
import { CompleteMilestoneBody, CreateMilestoneBody, UpdateMilestoneBody } from './milestone.dto';
import { GetMilestoneQuery, ListMilestonesQuery } from './milestone.queries';

/** Milestones of a fixed-fee project; their revision (ETag, If-Match) is the project's. */
@ApiTags('milestones')
@ApiBearerAuth()
@Controller('projects/:projectId/milestones')
export class MilestonesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOkResponse({ description: 'A page of the project milestones, by due date' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Query() query: ListQueryDto,
  ): Promise<Page<MilestoneView>> {
    return this.queries.execute(new ListMilestonesQuery(principal, projectId, query));
  }

  @Get(':milestoneId')
  @RequirePermission('projects.read')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Param('milestoneId', EntityIdPipe) milestoneId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MilestoneView> {
    return withEtag(response, await this.queries.execute(new GetMilestoneQuery(principal, projectId, milestoneId)));
  }

  @Post()
  @RequirePermission('projects.write')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'Created; Location and ETag (the project revision) headers' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Body() body: CreateMilestoneBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MilestoneView> {
    const { id } = await this.commands.execute(new AddMilestoneCommand(principal, projectId, body));
    const view = await this.queries.execute(new GetMilestoneQuery(principal, projectId, id));
    return created(response, `${API_PREFIX}/projects/${projectId}/milestones/${id}`, view);
  }

  @Patch(':milestoneId')
  @RequirePermission('projects.write')
  @ApiIfMatch()
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Param('milestoneId', EntityIdPipe) milestoneId: string,
    @IfMatchRevision() revision: number,
    @Body() body: UpdateMilestoneBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MilestoneView> {
    await this.commands.execute(new ChangeMilestoneCommand(principal, projectId, milestoneId, revision, body));
    return withEtag(response, await this.queries.execute(new GetMilestoneQuery(principal, projectId, milestoneId)));
  }

  @Post(':milestoneId/complete')
  @HttpCode(200)
  @RequirePermission('projects.write')
  @ApiIfMatch()
  async complete(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Param('milestoneId', EntityIdPipe) milestoneId: string,
    @IfMatchRevision() revision: number,
    @Body() body: CompleteMilestoneBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MilestoneView> {
    await this.commands.execute(new CompleteMilestoneCommand(principal, projectId, milestoneId, revision, body.completedOn));
    return withEtag(response, await this.queries.execute(new GetMilestoneQuery(principal, projectId, milestoneId)));
  }
}
