import { Controller, Get, GoneException, Header, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SharedReportView } from '@billing/reporting/contracts';
import { Public } from '@billing/shared/nest';
import { SharedLinkExpiredError, SharedLinks } from './shared-links';

/** The public side of shared links: no login, read-only. */
@ApiTags('reports')
@Controller('shared-reports')
export class SharedReportController {
  constructor(private readonly links: SharedLinks) {}

  @Get(':token')
  @Public()
  @Header('Cache-Control', 'no-store')
  async open(@Param('token') token: string): Promise<SharedReportView> {
    try {
      return await this.links.open(token);
    } catch (error) {
      if (error instanceof SharedLinkExpiredError)
        throw new GoneException({
          error: 'GONE',
          code: error.code,
          message: error.message,
        });
      throw error;
    }
  }
}
