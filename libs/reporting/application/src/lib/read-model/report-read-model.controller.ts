import { Controller, Get, HttpCode, Logger, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { RequirePermission } from '@billing/access/application';
import type { ReportRebuildStatus } from '@billing/reporting/contracts';
import { ReportReadModel } from './report-read-model';
import { ReportRebuildStatusResponse } from './report-rebuild-status.response';

/** Operations on the report read model: a rebuild beside the live tables, then a switch-over. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/read-model')
@RequirePermission('organisation.manage')
export class ReportReadModelController {
  private readonly logger = new Logger(ReportReadModelController.name);

  constructor(private readonly readModel: ReportReadModel) {}

  @Get()
  @ApiOkResponse({
    type: ReportRebuildStatusResponse,
    description:
      'The last rebuild since the api started: its state and, while it runs, events applied of the total',
  })
  status(): Promise<ReportRebuildStatus> {
    return this.readModel.rebuildStatus();
  }

  /** Starts the rebuild and answers at once (202); reports keep answering from the old tables meanwhile. */
  @Post('rebuild')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ReportRebuildStatusResponse,
    description:
      'Started, or joined the rebuild already running (same startedAt): reports keep answering from the current ' +
      'tables and switch to the rebuilt ones at the end; follow GET /reports/read-model',
  })
  rebuild(): Promise<ReportRebuildStatus> {
    this.readModel
      .rebuild()
      .catch((error: unknown) =>
        this.logger.error(`report read model rebuild failed: ${String(error)}`),
      );
    return this.readModel.rebuildStatus();
  }
}
