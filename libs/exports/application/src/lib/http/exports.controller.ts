import { Body, Controller, ForbiddenException, Get, GoneException, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { ExportAccepted, ExportDownloadLink, ExportList, ExportView } from '@billing/exports/contracts';
import { type Clock, ConflictError, NotFoundError } from '@billing/shared/kernel';
import { AppConfig, CLOCK, Public } from '@billing/shared/nest';
import { CONTENT_TYPES } from '../files/writer-for';
import { ExportStorage } from '../storage/export-storage';
import { DownloadAccess } from './download-access';
import { checkDownloadLink, signDownloadPath } from './download-links';
import { ExportRequestDto } from './export-request.dto';
import { ExportRequests } from './export-requests';
import { ExportViews } from './export-views';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly requests: ExportRequests,
    private readonly views: ExportViews,
    private readonly storage: ExportStorage,
    private readonly access: DownloadAccess,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiBearerAuth()
  @RequirePermission('reports.export')
  @ApiAcceptedResponse({ description: "Queued: the worker writes the file within the caller's scope; follow GET /exports/:id" })
  request(@CurrentPrincipal() principal: Principal, @Body() body: ExportRequestDto): Promise<ExportAccepted> {
    return this.requests.request(principal, body);
  }

  @Get()
  @ApiBearerAuth()
  @RequirePermission('reports.export')
  @ApiOkResponse({ description: "The caller's 50 most recent exports, newest first, with live progress" })
  async list(@CurrentPrincipal() principal: Principal): Promise<ExportList> {
    return { items: await this.views.recent(principal.memberId) };
  }

  @Get(':id')
  @ApiBearerAuth()
  @RequirePermission('reports.export')
  one(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<ExportView> {
    return this.views.one(id, principal.memberId);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiBearerAuth()
  @RequirePermission('reports.export')
  @ApiConflictResponse({ description: 'EXPORT_FINISHED: completed or failed exports cannot be cancelled' })
  async cancel(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<ExportView> {
    await this.requests.cancel(principal, id);
    // Recorded on the stream: the answer says so even if the read model has not caught up yet.
    return { ...(await this.views.one(id, principal.memberId)), status: 'cancelled' };
  }

  @Post(':id/download-link')
  @HttpCode(200)
  @ApiBearerAuth()
  @RequirePermission('reports.export')
  @ApiConflictResponse({ description: 'EXPORT_NOT_READY: the export has not completed' })
  async link(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<ExportDownloadLink> {
    const row = await this.views.row(id, principal.memberId);
    if (row.status !== 'completed')
      throw new ConflictError('EXPORT_NOT_READY', { exportId: id, status: row.status }, `Export ${id} is ${row.status}, not completed`);
    const expires = Math.floor(this.clock.now().getTime() / 1000) + this.config.exports.urlTtlSeconds;
    return {
      url: signDownloadPath(this.config.exports.urlSecret, id, row.requested_by, expires),
      expiresAt: new Date(expires * 1000).toISOString(),
    };
  }

  /**
   * The file, through a signed link (no bearer token: browsers follow it as a plain download). The requester's
   * current access is checked again: 403 when they were deactivated, lost the permission or their scope shrank.
   */
  @Get(':id/file')
  @Public()
  async file(
    @Param('id', uuid) id: string,
    @Query('expires') expires: string | undefined,
    @Query('signature') signature: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const row = await this.views.rowById(id);
    const problem =
      row === undefined
        ? 'tampered'
        : checkDownloadLink(this.config.exports.urlSecret, id, row.requested_by, expires, signature, Math.floor(this.clock.now().getTime() / 1000));
    if (problem === 'tampered') throw new ForbiddenException({ error: 'FORBIDDEN', code: 'INVALID_DOWNLOAD_LINK', message: 'This download link is not valid' });
    if (problem === 'expired') throw new GoneException({ error: 'GONE', code: 'DOWNLOAD_LINK_EXPIRED', message: 'This download link has expired; ask for a new one' });
    if (row === undefined || row.status !== 'completed' || row.storage_key === null) throw new NotFoundError('Export file', id);
    const refusal = await this.access.refusal(id, row.requested_by);
    if (refusal !== undefined) throw new ForbiddenException({ error: 'FORBIDDEN', ...refusal });
    const file = await this.storage.open(row.storage_key);
    if (file === undefined) throw new GoneException({ error: 'GONE', code: 'EXPORT_FILE_DELETED', message: 'The file was deleted after its retention period' });
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.stream, {
      type: CONTENT_TYPES[row.format],
      length: file.byteSize,
      disposition: `attachment; filename="${row.file_name ?? 'export'}"`,
    });
  }
}
