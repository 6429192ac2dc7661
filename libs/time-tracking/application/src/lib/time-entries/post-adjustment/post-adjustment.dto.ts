import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, NotEquals } from 'class-validator';
import type { PostAdjustmentRequest } from '@billing/time-tracking/contracts';
import { EntryTextFieldsDto } from '../../shared/http/entry-text-fields.dto';

export class PostAdjustmentDto extends EntryTextFieldsDto implements PostAdjustmentRequest {
  @ApiProperty({ minimum: -86400, maximum: 86400, example: -1800, description: 'Signed whole seconds, not 0: negative takes time off' })
  @IsInt()
  @NotEquals(0, { message: 'durationSeconds must not be 0' })
  @Min(-86_400)
  @Max(86_400)
  durationSeconds!: number;

  @ApiProperty({ maxLength: 2000, description: 'Why the closed period is corrected' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'Default: the first day of the next period open for the member' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be a date YYYY-MM-DD' })
  day?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Default: the adjusted entry's" })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  taskId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  billable?: boolean;
}
