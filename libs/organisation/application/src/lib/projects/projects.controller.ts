import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { CreateProjectRequest, Page, ProjectAction, ProjectView, UpdateProjectRequest } from '@billing/organisation/contracts';
import { EntityIdPipe } from '../shared/http/entity-id.pipe';
import { ApiIdempotencyKey, ApiIfMatch, IfMatchRevision } from '../shared/http/if-match.decorator';
import { API_PREFIX, created, withEtag } from '../shared/http/revision-response';
import { ChangeProjectStatusCommand, CreateProjectCommand, UpdateProjectCommand } from './project.commands';
import { CreateProjectBody, ProjectListQueryDto, UpdateProjectBody } from './project.dto';
import { GetProjectQuery, ListProjectsQuery } from './project.queries';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOkResponse({ description: 'A page of projects the caller may see' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ProjectListQueryDto): Promise<Page<ProjectView>> {
    return this.queries.execute(new ListProjectsQuery(principal, query));
  }

  @Get(':projectId')
  @RequirePermission('projects.read')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProjectView> {
    return withEtag(response, await this.queries.execute(new GetProjectQuery(principal, projectId)));
  }

  @Post()
  @RequirePermission('projects.write')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'Created; Location and ETag headers' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateProjectBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProjectView> {
    const { id } = await this.commands.execute(new CreateProjectCommand(principal, body as CreateProjectRequest));
    return created(response, `${API_PREFIX}/projects/${id}`, await this.queries.execute(new GetProjectQuery(principal, id)));
  }

  @Patch(':projectId')
  @RequirePermission('projects.write')
  @ApiIfMatch()
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @IfMatchRevision() revision: number,
    @Body() body: UpdateProjectBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProjectView> {
    await this.commands.execute(new UpdateProjectCommand(principal, projectId, revision, body as UpdateProjectRequest));
    return withEtag(response, await this.queries.execute(new GetProjectQuery(principal, projectId)));
  }

  @Post(':projectId/complete')
  @HttpCode(200)
  @RequirePermission('projects.write')
  @ApiIfMatch()
  complete(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProjectView> {
    return this.changeStatus(principal, projectId, revision, 'complete', response);
  }

  @Post(':projectId/archive')
  @HttpCode(200)
  @RequirePermission('projects.write')
  @ApiIfMatch()
  archive(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProjectView> {
    return this.changeStatus(principal, projectId, revision, 'archive', response);
  }

  @Post(':projectId/reopen')
  @HttpCode(200)
  @RequirePermission('projects.write')
  @ApiIfMatch()
  reopen(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProjectView> {
    return this.changeStatus(principal, projectId, revision, 'reopen', response);
  }

  private async changeStatus(
    principal: Principal,
    projectId: string,
    revision: number,
    action: ProjectAction,
    response: Response,
  ): Promise<ProjectView> {
    await this.commands.execute(new ChangeProjectStatusCommand(principal, projectId, revision, action));
    return withEtag(response, await this.queries.execute(new GetProjectQuery(principal, projectId)));
  }
}
