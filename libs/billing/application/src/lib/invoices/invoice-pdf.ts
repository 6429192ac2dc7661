import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import {
  Query,
  QueryBus,
  QueryHandler,
  type IQueryHandler,
} from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '@billing/access/application';
import { OrganisationLookup } from '@billing/rates/application';
import { InvoiceStreams } from '../shared/invoice-streams';
import { InvoiceViews } from '../shared/invoice-view';
import { uuidPipe } from '../shared/http';
import { renderInvoicePdf } from '../pdf/render-invoice-pdf';

export class InvoicePdfQuery extends Query<{
  fileName: string;
  content: Buffer;
}> {
  constructor(readonly invoiceId: string) {
    super();
  }
}

@QueryHandler(InvoicePdfQuery)
export class InvoicePdfHandler implements IQueryHandler<InvoicePdfQuery> {
  constructor(
    private readonly streams: InvoiceStreams,
    private readonly views: InvoiceViews,
    private readonly organisation: OrganisationLookup,
  ) {}

  async execute({
    invoiceId,
  }: InvoicePdfQuery): Promise<{ fileName: string; content: Buffer }> {
    const { invoice, revision } = await this.streams.load(invoiceId);
    const view = await this.views.of(invoice, revision);
    const rows = await this.organisation.organisationName();
    return {
      fileName: `${view.number ?? `draft-${invoiceId.slice(0, 8)}`}.pdf`,
      content: await renderInvoicePdf(view, rows),
    };
  }
}

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices')
export class InvoicePdfController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/pdf')
  @RequirePermission('billing.read')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'The invoice as PDF (a draft is marked as such, a void one as VOID)',
  })
  async pdf(
    @Param('id', uuidPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { fileName, content } = await this.queries.execute(
      new InvoicePdfQuery(id),
    );
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${fileName}"`,
    );
    return new StreamableFile(content);
  }
}
