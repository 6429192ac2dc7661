import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat, type ExportRequest, type TimeReportExportDefinition } from '@billing/exports/contracts';
import { GroupByProperty, ReportFiltersDto, ReportPeriodDto } from '@billing/reporting/application';
import type { ReportGroupBy } from '@billing/reporting/contracts';

/** The same period, filters and grouping as `POST /api/v1/reports/time`. */
export class TimeReportExportDefinitionDto implements TimeReportExportDefinition {
  @ApiProperty({ enum: ['time-report'] })
  @Equals('time-report', { message: "kind must be 'time-report'" })
  kind!: 'time-report';

  @ApiProperty({ type: ReportPeriodDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ReportPeriodDto)
  period!: ReportPeriodDto;

  @ApiPropertyOptional({ type: ReportFiltersDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReportFiltersDto)
  filters?: ReportFiltersDto;

  @GroupByProperty()
  groupBy?: ReportGroupBy[];

  @ApiPropertyOptional({ description: 'CSV: a subtotal row after each group' })
  @IsOptional()
  @IsBoolean()
  subtotals?: boolean;
}

export class ExportRequestDto implements ExportRequest {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format!: ExportFormat;

  @ApiProperty({ type: TimeReportExportDefinitionDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => TimeReportExportDefinitionDto)
  definition!: TimeReportExportDefinitionDto;
}
