import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import type { CreateTimeEntryRequest } from '@billing/time-tracking/contracts';
import { IsInstant } from '../../shared/http/validators';
import { EntryTextFieldsDto } from '../../shared/http/entry-text-fields.dto';

export class CreateTimeEntryDto extends EntryTextFieldsDto implements CreateTimeEntryRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the caller' })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  taskId?: string | null;

  @ApiPropertyOptional({ description: 'Default: the task, else the project' })
  @IsOptional()
  @IsBoolean()
  billable?: boolean;

  @ApiProperty({ example: '2026-03-10T09:00:00Z' })
  @IsInstant()
  startedAt!: string;

  @ApiPropertyOptional({ example: '2026-03-10T10:30:00Z', description: 'Give endedAt or durationSeconds' })
  @ValidateIf((dto: CreateTimeEntryDto) => dto.endedAt !== undefined || dto.durationSeconds === undefined)
  @IsInstant({ message: 'give endedAt (an ISO-8601 instant) or durationSeconds' })
  endedAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 86400 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(86_400)
  durationSeconds?: number;
}
