import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { Page, TaskView } from '@billing/organisation/contracts';
import { EntityIdPipe } from '../shared/http/entity-id.pipe';
import { ApiIdempotencyKey, ApiIfMatch, IfMatchRevision } from '../shared/http/if-match.decorator';
import { API_PREFIX, created, withEtag } from '../shared/http/revision-response';
import { AddTaskCommand, ArchiveTaskCommand, ChangeTaskCommand } from './task.commands';
import { CreateTaskBody, TaskListQueryDto, UpdateTaskBody } from './task.dto';
import { GetTaskQuery, ListTasksQuery } from './task.queries';

/** Tasks of a project; their revision (ETag, If-Match) is the project's. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('projects/:projectId/tasks')
export class TasksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOkResponse({ description: 'A page of the project tasks' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Query() query: TaskListQueryDto,
  ): Promise<Page<TaskView>> {
    return this.queries.execute(new ListTasksQuery(principal, projectId, query));
  }

  @Get(':taskId')
  @RequirePermission('projects.read')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Param('taskId', EntityIdPipe) taskId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TaskView> {
    return withEtag(response, await this.queries.execute(new GetTaskQuery(principal, projectId, taskId)));
  }

  @Post()
  @RequirePermission('projects.write')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'Created; Location and ETag (the project revision) headers' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Body() body: CreateTaskBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TaskView> {
    const { id } = await this.commands.execute(new AddTaskCommand(principal, projectId, body));
    const view = await this.queries.execute(new GetTaskQuery(principal, projectId, id));
    return created(response, `${API_PREFIX}/projects/${projectId}/tasks/${id}`, view);
  }

  @Patch(':taskId')
  @RequirePermission('projects.write')
  @ApiIfMatch()
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Param('taskId', EntityIdPipe) taskId: string,
    @IfMatchRevision() revision: number,
    @Body() body: UpdateTaskBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TaskView> {
    await this.commands.execute(new ChangeTaskCommand(principal, projectId, taskId, revision, body));
    return withEtag(response, await this.queries.execute(new GetTaskQuery(principal, projectId, taskId)));
  }

  @Post(':taskId/archive')
  @HttpCode(200)
  @RequirePermission('projects.write')
  @ApiIfMatch()
  async archive(
    @CurrentPrincipal() principal: Principal,
    @Param('projectId', EntityIdPipe) projectId: string,
    @Param('taskId', EntityIdPipe) taskId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TaskView> {
    await this.commands.execute(new ArchiveTaskCommand(principal, projectId, taskId, revision));
    return withEtag(response, await this.queries.execute(new GetTaskQuery(principal, projectId, taskId)));
  }
}
