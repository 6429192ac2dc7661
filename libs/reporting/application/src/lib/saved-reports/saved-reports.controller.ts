import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AccessPolicy,
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  SavedReportList,
  SavedReportRun,
  SavedReportView,
} from '@billing/reporting/contracts';
import { UuidParam } from '../shared/uuid-param.pipe';
import { SaveReportDto } from './saved-report.dto';
import { SavedReports } from './saved-reports';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/saved')
@RequirePermission('reports.read')
export class SavedReportsController {
  constructor(
    private readonly saved: SavedReports,
    private readonly policy: AccessPolicy,
  ) {}

  @Get()
  list(@CurrentPrincipal() principal: Principal): Promise<SavedReportList> {
    return this.saved.list(principal);
  }

  @Post()
  @RequirePermission('reports.save')
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SaveReportDto,
  ): Promise<SavedReportView> {
    return this.saved.create(principal, body);
  }

  @Get(':id')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParam()) id: string,
  ): Promise<SavedReportView> {
    return this.saved.get(principal, id);
  }

  @Put(':id')
  @RequirePermission('reports.save')
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParam()) id: string,
    @Body() body: SaveReportDto,
  ): Promise<SavedReportView> {
    return this.saved.update(principal, id, body);
  }

  @Delete(':id')
  @RequirePermission('reports.save')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParam()) id: string,
  ): Promise<void> {
    await this.saved.remove(principal, id);
  }

  /** Runs the saved report with the caller's own scope (relative periods resolved today, in the organisation's zone). */
  @Post(':id/run')
  @HttpCode(200)
  run(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParam()) id: string,
  ): Promise<SavedReportRun> {
    return this.saved.run(
      principal,
      id,
      this.policy.queryScope(principal, 'reports.read'),
    );
  }
}
