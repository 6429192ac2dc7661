import { Controller, Get, HttpCode, Logger, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@billing/access/application';
import { ReportReadModel, type ReportRebuildStatus } from './report-read-model';

/** Operations on the report read model: a rebuild beside the live tables, then a switch-over. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/read-model')
@RequirePermission('organisation.manage')
export class ReportReadModelController {
  private readonly logger = new Logger(ReportReadModelController.name);

  constructor(private readonly readModel: ReportReadModel) {}

  @Get()
  status(): ReportRebuildStatus {
    return this.readModel.rebuildStatus();
  }

  /** Starts the rebuild and answers at once (202); reports keep answering from the old tables meanwhile. */
  @Post('rebuild')
  @HttpCode(202)
  rebuild(): ReportRebuildStatus {
    this.readModel
      .rebuild()
      .catch((error: unknown) =>
        this.logger.error(`report read model rebuild failed: ${String(error)}`),
      );
    return this.readModel.rebuildStatus();
  }
}
