import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import type { TimeReportFilters } from '@billing/reporting/contracts';

const MAX_IDS = 1000;

/** Filters shared by the time report and saved reports. */
export class ReportFiltersDto implements TimeReportFilters {
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('all', { each: true })
  clientIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('all', { each: true })
  projectIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('all', { each: true })
  taskIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('all', { each: true })
  memberIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('all', { each: true })
  teamIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Entries carrying at least one of these tags',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  tags?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  billed?: boolean;
}

/** Only the filters that were given, so saved definitions and echoed requests stay small. */
export function cleanFilters(
  filters: TimeReportFilters | undefined,
): TimeReportFilters {
  const clean: TimeReportFilters = {};
  if (filters === undefined) return clean;
  for (const key of [
    'clientIds',
    'projectIds',
    'taskIds',
    'memberIds',
    'teamIds',
    'tags',
  ] as const) {
    const values = filters[key];
    if (values !== undefined && values.length > 0)
      clean[key] = [...new Set(values)];
  }
  if (filters.billable !== undefined) clean.billable = filters.billable;
  if (filters.billed !== undefined) clean.billed = filters.billed;
  return clean;
}
