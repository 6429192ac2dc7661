import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import type { StartTimerRequest } from '@billing/time-tracking/contracts';

export class StartTimerDto implements StartTimerRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((dto: StartTimerDto) => dto.taskId !== undefined && dto.taskId !== null)
  @IsUUID()
  taskId?: string | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  tags?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the caller' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}
