import { Body, Controller, Get, Patch, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { ChangeOrganisationSettingsRequest, OrganisationSettingsView } from '@billing/organisation/contracts';
import { ApiIfMatch, IfMatchRevision } from '../shared/http/if-match.decorator';
import { withEtag } from '../shared/http/revision-response';
import { ChangeOrganisationSettingsCommand } from './organisation-settings.commands';
import { ChangeOrganisationSettingsBody } from './organisation-settings.dto';
import { GetOrganisationSettingsQuery } from './organisation-settings.query';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('organisation')
export class OrganisationSettingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('organisation.read')
  @ApiOkResponse({ description: 'The organisation settings; ETag: their revision' })
  async get(@Res({ passthrough: true }) response: Response): Promise<OrganisationSettingsView> {
    return withEtag(response, await this.queries.execute(new GetOrganisationSettingsQuery()));
  }

  @Patch()
  @RequirePermission('organisation.manage')
  @ApiIfMatch()
  async update(
    @CurrentPrincipal() principal: Principal,
    @IfMatchRevision() revision: number,
    @Body() body: ChangeOrganisationSettingsBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrganisationSettingsView> {
    await this.commands.execute(new ChangeOrganisationSettingsCommand(principal, revision, body as ChangeOrganisationSettingsRequest));
    return withEtag(response, await this.queries.execute(new GetOrganisationSettingsQuery()));
  }
}
