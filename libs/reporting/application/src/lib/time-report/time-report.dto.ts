import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  MAX_ENTRIES_PAGE_SIZE,
  type ReportGroupBy,
  type ReportPeriod,
  type TimeReportRequest,
} from '@billing/reporting/contracts';
import { IsLocalDay, IsZonedInstant } from '../shared/validators';
import { NestedProperty, OptionalNestedProperty } from '../shared/nested-property';
import { GroupByProperty } from './group-by';
import { ReportFiltersDto } from './report-filters.dto';

export class ReportPeriodDto implements ReportPeriod {
  @ApiProperty({
    example: '2026-03-01',
    description: 'First day (inclusive), organisation zone',
  })
  @IsLocalDay()
  from!: string;

  @ApiProperty({
    example: '2026-03-31',
    description: 'Last day (inclusive), organisation zone',
  })
  @IsLocalDay()
  to!: string;
}

export class TimeReportDto implements TimeReportRequest {
  @NestedProperty(() => ReportPeriodDto)
  period!: ReportPeriodDto;

  @OptionalNestedProperty(() => ReportFiltersDto)
  filters?: ReportFiltersDto;

  @GroupByProperty()
  groupBy?: ReportGroupBy[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  includeEntries?: boolean;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  entriesPage?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_ENTRIES_PAGE_SIZE,
    default: 100,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ENTRIES_PAGE_SIZE)
  entriesPageSize?: number;

  @ApiPropertyOptional({
    example: '2026-04-03T17:00:00Z',
    description:
      'The report as it was at this past instant (events recorded later are ignored)',
  })
  @IsOptional()
  @IsZonedInstant()
  asOf?: string;
}
