import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import type { UpdateTimeEntryRequest } from '@billing/time-tracking/contracts';
import { IsInstant } from '../../shared/http/validators';
import { EntryTextFieldsDto } from '../../shared/http/entry-text-fields.dto';

export class UpdateTimeEntryDto extends EntryTextFieldsDto implements UpdateTimeEntryRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null removes the task' })
  @ValidateIf((dto: UpdateTimeEntryDto) => dto.taskId !== undefined && dto.taskId !== null)
  @IsUUID()
  taskId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ example: '2026-03-10T09:00:00Z' })
  @IsOptional()
  @IsInstant()
  startedAt?: string;

  @ApiPropertyOptional({ example: '2026-03-10T10:30:00Z' })
  @IsOptional()
  @IsInstant()
  endedAt?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
