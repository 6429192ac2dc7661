import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { TimeEntryListQuery } from '@billing/time-tracking/contracts';
import { IsLocalDay, toBoolean, toInteger } from '../../shared/http/validators';

export class ListTimeEntriesDto implements TimeEntryListQuery {
  @ApiPropertyOptional({ example: '2026-03-01', description: 'First day (inclusive), organisation zone' })
  @IsOptional()
  @IsLocalDay()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last day (inclusive), organisation zone' })
  @IsOptional()
  @IsLocalDay()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  taskId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ description: 'Search in description and tags' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
