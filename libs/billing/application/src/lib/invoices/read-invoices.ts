import {
  Controller,
  Get,
  Param,
  Query as QueryParams,
  Res,
} from '@nestjs/common';
import {
  Query,
  QueryBus,
  QueryHandler,
  type IQueryHandler,
} from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { RequirePermission } from '@billing/access/application';
import {
  INVOICE_STATUSES,
  type InvoiceListQuery,
  type InvoiceStatusName,
  type InvoiceSummaryView,
  type InvoiceView,
} from '@billing/billing/contracts';
import { InvoiceStreams } from '../shared/invoice-streams';
import { InvoiceViews } from '../shared/invoice-view';
import { uuidPipe, withEtag } from '../shared/http';

export class InvoiceListQueryDto implements InvoiceListQuery {
  @ApiPropertyOptional({ enum: INVOICE_STATUSES })
  @IsOptional()
  @IsIn(INVOICE_STATUSES)
  status?: InvoiceStatusName;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  clientId?: string;
}

export class ListInvoicesQuery extends Query<InvoiceSummaryView[]> {
  constructor(readonly filter: InvoiceListQuery) {
    super();
  }
}

export class GetInvoiceQuery extends Query<InvoiceView> {
  constructor(readonly invoiceId: string) {
    super();
  }
}

interface InvoiceListRow {
  invoice_id: string;
  status: InvoiceStatusName;
  number: string | null;
  issued_on: string | null;
  client_id: string;
  client_name: string | null;
  currency: string;
  subtotal_minor: string;
  tax_minor: string;
  total_minor: string;
  line_count: number;
  entry_count: number;
  revision: number;
}

@QueryHandler(ListInvoicesQuery)
export class ListInvoicesHandler implements IQueryHandler<ListInvoicesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ filter }: ListInvoicesQuery): Promise<InvoiceSummaryView[]> {
    const rows: InvoiceListRow[] = await this.dataSource.query(
      `select i.invoice_id, i.status, i.number, i.issued_on, i.client_id, c.name as client_name, i.currency, i.subtotal_minor, i.tax_minor,
              i.total_minor, jsonb_array_length(i.state->'lines') as line_count, cardinality(i.covered_entry_ids) as entry_count, i.revision
         from billing_invoices i left join org_clients c on c.id = i.client_id
        where ($1::text is null or i.status = $1) and ($2::uuid is null or i.client_id = $2)
        order by i.sequence desc nulls first, i.drafted_at desc, i.invoice_id`,
      [filter.status ?? null, filter.clientId ?? null],
    );
    return rows.map((row) => {
      const amount = (minor: string) => ({
        amountMinor: Number(minor),
        currency: row.currency,
      });
      return {
        invoiceId: row.invoice_id,
        status: row.status,
        number: row.number,
        issuedOn: row.issued_on,
        clientId: row.client_id,
        clientName: row.client_name ?? '',
        currency: row.currency,
        totals: {
          subtotal: amount(row.subtotal_minor),
          tax: amount(row.tax_minor),
          total: amount(row.total_minor),
        },
        lineCount: row.line_count,
        entryCount: row.entry_count,
        revision: row.revision,
      };
    });
  }
}

/** One invoice from its stream (the revision an If-Match refers to). */
@QueryHandler(GetInvoiceQuery)
export class GetInvoiceHandler implements IQueryHandler<GetInvoiceQuery> {
  constructor(
    private readonly streams: InvoiceStreams,
    private readonly views: InvoiceViews,
  ) {}

  async execute({ invoiceId }: GetInvoiceQuery): Promise<InvoiceView> {
    const { invoice, revision } = await this.streams.load(invoiceId);
    return this.views.of(invoice, revision);
  }
}

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices')
export class ReadInvoicesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('billing.read')
  @ApiOkResponse({
    description:
      'Invoices with status, client, number and totals; drafts first, then by number descending',
  })
  list(
    @QueryParams() query: InvoiceListQueryDto,
  ): Promise<InvoiceSummaryView[]> {
    return this.queries.execute(new ListInvoicesQuery(query));
  }

  @Get(':id')
  @RequirePermission('billing.read')
  @ApiOkResponse({
    description: 'Lines, covered entries and totals; ETag is the revision',
  })
  async get(
    @Param('id', uuidPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvoiceView> {
    return withEtag(
      response,
      await this.queries.execute(new GetInvoiceQuery(id)),
    );
  }
}
