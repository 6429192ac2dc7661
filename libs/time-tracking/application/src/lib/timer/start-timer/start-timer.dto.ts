import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import type { StartTimerRequest } from '@billing/time-tracking/contracts';
import { EntryTextFieldsDto } from '../../shared/http/entry-text-fields.dto';

export class StartTimerDto extends EntryTextFieldsDto implements StartTimerRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((dto: StartTimerDto) => dto.taskId !== undefined && dto.taskId !== null)
  @IsUUID()
  taskId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the caller' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}
