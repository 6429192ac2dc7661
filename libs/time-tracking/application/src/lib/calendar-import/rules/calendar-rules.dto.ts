import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { CalendarImportRule, PutCalendarImportRulesRequest } from '@billing/time-tracking/contracts';

export class CalendarRuleDto implements CalendarImportRule {
  @ApiProperty({ example: 'ACME', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  keyword!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((rule: CalendarRuleDto) => rule.taskId !== undefined && rule.taskId !== null)
  @IsUUID()
  taskId?: string | null;
}

export class PutCalendarRulesDto implements PutCalendarImportRulesRequest {
  @ApiProperty({ type: [CalendarRuleDto], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CalendarRuleDto)
  rules!: CalendarRuleDto[];
}
