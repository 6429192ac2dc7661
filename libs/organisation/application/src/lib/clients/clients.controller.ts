import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { ClientView, Page } from '@billing/organisation/contracts';
import { EntityIdPipe } from '../shared/http/entity-id.pipe';
import { ApiIdempotencyKey, ApiIfMatch, IfMatchRevision } from '../shared/http/if-match.decorator';
import { API_PREFIX, created, withEtag } from '../shared/http/revision-response';
import { ChangeClientStatusCommand, CreateClientCommand, UpdateClientCommand, type ClientStatusAction } from './client.commands';
import { ClientListQueryDto, CreateClientBody, UpdateClientBody } from './client.dto';
import { GetClientQuery, ListClientsQuery } from './client.queries';

@ApiTags('clients')
@ApiBearerAuth()
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('clients.read')
  @ApiOkResponse({ description: 'A page of clients the caller may see' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ClientListQueryDto): Promise<Page<ClientView>> {
    return this.queries.execute(new ListClientsQuery(principal, query));
  }

  @Get(':clientId')
  @RequirePermission('clients.read')
  @ApiOkResponse({ description: 'The client; ETag: its revision' })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', EntityIdPipe) clientId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClientView> {
    return withEtag(response, await this.queries.execute(new GetClientQuery(principal, clientId)));
  }

  @Post()
  @RequirePermission('clients.write')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'Created; Location and ETag headers' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateClientBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClientView> {
    const { id } = await this.commands.execute(new CreateClientCommand(principal, body));
    const view = await this.queries.execute(new GetClientQuery(principal, id));
    return created(response, `${API_PREFIX}/clients/${id}`, view);
  }

  @Patch(':clientId')
  @RequirePermission('clients.write')
  @ApiIfMatch()
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', EntityIdPipe) clientId: string,
    @IfMatchRevision() revision: number,
    @Body() body: UpdateClientBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClientView> {
    await this.commands.execute(new UpdateClientCommand(principal, clientId, revision, body));
    return withEtag(response, await this.queries.execute(new GetClientQuery(principal, clientId)));
  }

  @Post(':clientId/archive')
  @HttpCode(200)
  @RequirePermission('clients.write')
  @ApiIfMatch()
  archive(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', EntityIdPipe) clientId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClientView> {
    return this.changeStatus(principal, clientId, revision, 'archive', response);
  }

  @Post(':clientId/unarchive')
  @HttpCode(200)
  @RequirePermission('clients.write')
  @ApiIfMatch()
  unarchive(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', EntityIdPipe) clientId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClientView> {
    return this.changeStatus(principal, clientId, revision, 'unarchive', response);
  }

  private async changeStatus(
    principal: Principal,
    clientId: string,
    revision: number,
    action: ClientStatusAction,
    response: Response,
  ): Promise<ClientView> {
    await this.commands.execute(new ChangeClientStatusCommand(principal, clientId, revision, action));
    return withEtag(response, await this.queries.execute(new GetClientQuery(principal, clientId)));
  }
}
