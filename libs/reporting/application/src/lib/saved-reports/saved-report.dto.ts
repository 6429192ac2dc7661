import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import {
  MAX_SAVED_REPORT_NAME_LENGTH,
  RELATIVE_PERIODS,
  type RelativePeriod,
  type ReportGroupBy,
  type SaveReportRequest,
} from '@billing/reporting/contracts';
import { IsLocalDay } from '../shared/validators';
import { NestedProperty, OptionalNestedProperty } from '../shared/nested-property';
import { GroupByProperty } from '../time-report/group-by';
import { ReportFiltersDto } from '../time-report/report-filters.dto';

/** `{ kind: 'fixed', from, to }` or `{ kind: 'relative', relative }`. */
export class SavedReportPeriodDto {
  @ApiProperty({ enum: ['fixed', 'relative'] })
  @IsIn(['fixed', 'relative'])
  kind!: 'fixed' | 'relative';

  @ApiPropertyOptional({ example: '2026-03-01', description: 'kind fixed' })
  @ValidateIf((period: SavedReportPeriodDto) => period.kind === 'fixed')
  @IsLocalDay()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'kind fixed' })
  @ValidateIf((period: SavedReportPeriodDto) => period.kind === 'fixed')
  @IsLocalDay()
  to?: string;

  @ApiPropertyOptional({ enum: RELATIVE_PERIODS, description: 'kind relative' })
  @ValidateIf((period: SavedReportPeriodDto) => period.kind === 'relative')
  @IsIn(RELATIVE_PERIODS)
  relative?: RelativePeriod;
}

export class SaveReportDto implements Omit<SaveReportRequest, 'period'> {
  @ApiProperty({ maxLength: MAX_SAVED_REPORT_NAME_LENGTH })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SAVED_REPORT_NAME_LENGTH)
  name!: string;

  @NestedProperty(() => SavedReportPeriodDto)
  period!: SavedReportPeriodDto;

  @OptionalNestedProperty(() => ReportFiltersDto)
  filters?: ReportFiltersDto;

  @GroupByProperty()
  groupBy?: ReportGroupBy[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;
}
