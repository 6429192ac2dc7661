import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  CreatedSharedLink,
  SharedLinkList,
} from '@billing/reporting/contracts';
import { UuidParam } from '../shared/uuid-param.pipe';
import { CreateSharedLinkDto } from './shared-link.dto';
import { SharedLinks } from './shared-links';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/saved/:id/links')
@RequirePermission('reports.share')
export class SharedLinksController {
  constructor(private readonly links: SharedLinks) {}

  @Post()
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParam()) id: string,
    @Body() body: CreateSharedLinkDto,
  ): Promise<CreatedSharedLink> {
    return this.links.create(principal, id, body.expiresAt);
  }

  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParam()) id: string,
  ): Promise<SharedLinkList> {
    return this.links.list(principal, id);
  }

  @Delete(':linkId')
  @HttpCode(204)
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParam()) id: string,
    @Param('linkId', new UuidParam('linkId')) linkId: string,
  ): Promise<void> {
    await this.links.revoke(principal, id, linkId);
  }
}
