import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat, type ExportRequest, type TimeReportExportDefinition } from '@billing/exports/contracts';
import { GroupByProperty, NestedProperty, OptionalNestedProperty, ReportFiltersDto, ReportPeriodDto } from '@billing/reporting/application';
import type { ReportGroupBy } from '@billing/reporting/contracts';
import { AuditLogExportDefinitionDto } from './audit-log-export-definition.dto';

/** The same period, filters and grouping as `POST /api/v1/reports/time`. */
export class TimeReportExportDefinitionDto implements TimeReportExportDefinition {
  @ApiProperty({ enum: ['time-report'] })
  @Equals('time-report', { message: "kind must be 'time-report' or 'audit-log'" })
  kind!: 'time-report';

  @NestedProperty(() => ReportPeriodDto)
  period!: ReportPeriodDto;

  @OptionalNestedProperty(() => ReportFiltersDto)
  filters?: ReportFiltersDto;

  @GroupByProperty()
  groupBy?: ReportGroupBy[];

  @ApiPropertyOptional({ description: 'CSV: a subtotal row after each group' })
  @IsOptional()
  @IsBoolean()
  subtotals?: boolean;
}

@ApiExtraModels(TimeReportExportDefinitionDto, AuditLogExportDefinitionDto)
export class ExportRequestDto implements ExportRequest {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(TimeReportExportDefinitionDto) }, { $ref: getSchemaPath(AuditLogExportDefinitionDto) }],
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  // `kind` picks the class; any other kind is validated as a time report, whose `kind` check names the choices.
  @Type(() => TimeReportExportDefinitionDto, {
    keepDiscriminatorProperty: true,
    discriminator: {
      property: 'kind',
      subTypes: [
        { name: 'time-report', value: TimeReportExportDefinitionDto },
        { name: 'audit-log', value: AuditLogExportDefinitionDto },
      ],
    },
  })
  definition!: TimeReportExportDefinitionDto | AuditLogExportDefinitionDto;
}
