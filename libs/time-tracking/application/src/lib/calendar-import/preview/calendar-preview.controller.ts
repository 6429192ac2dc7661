import { Body, Controller, HttpCode, HttpStatus, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { CalendarPreviewResponse } from '@billing/time-tracking/contracts';
import { MAX_ICS_BYTES } from '../ics/parse-ics';
import { CalendarPreviewDto } from './calendar-preview.dto';
import { CalendarPreviewQuery } from './calendar-preview.query';
import { IcsSource } from './ics-source';

@ApiTags('calendar-import')
@ApiBearerAuth()
@Controller('time-entries/calendar-import')
export class CalendarPreviewController {
  constructor(
    private readonly queries: QueryBus,
    private readonly source: IcsSource,
  ) {}

  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('time.write.own')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ICS_BYTES, files: 1 } }))
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', format: 'binary' },
        ics: { type: 'string' },
        url: { type: 'string' },
        from: { type: 'string', example: '2026-03-01' },
        to: { type: 'string', example: '2026-03-31' },
      },
    },
  })
  @ApiOkResponse({ description: 'One proposal per event occurrence in the range; nothing is written' })
  @ApiBadRequestResponse({ description: 'No or several sources, an unreadable file, a URL that may not be fetched' })
  async preview(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CalendarPreviewDto,
    @UploadedFile() file?: { buffer: Buffer },
  ): Promise<CalendarPreviewResponse> {
    const text = await this.source.textOf({ ...(file === undefined ? {} : { file }), ...(body.ics === undefined ? {} : { ics: body.ics }), ...(body.url === undefined ? {} : { url: body.url }) });
    return this.queries.execute(new CalendarPreviewQuery(principal, text, body.from, body.to));
  }
}
