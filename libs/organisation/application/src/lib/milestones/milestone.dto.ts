import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { CompleteMilestoneRequest, CreateMilestoneRequest, UpdateMilestoneRequest } from '@billing/organisation/contracts';
import { IsCalendarDate } from '../shared/http/field-validators';
import { MoneyBody } from '../shared/http/money.dto';

export class CreateMilestoneBody implements CreateMilestoneRequest {
  @ApiProperty({ example: 'Design approved', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '2026-06-30' })
  @IsCalendarDate()
  dueDate!: string;

  @ApiProperty({ type: MoneyBody, description: "Positive, in the client's currency; all milestones within the fee" })
  @ValidateNested()
  @Type(() => MoneyBody)
  amount!: MoneyBody;
}

export class UpdateMilestoneBody implements UpdateMilestoneRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: '2026-07-31' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ type: MoneyBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyBody)
  amount?: MoneyBody;
}

export class CompleteMilestoneBody implements CompleteMilestoneRequest {
  @ApiPropertyOptional({ example: '2026-06-28', description: 'Default: today in the organisation time zone' })
  @IsOptional()
  @IsCalendarDate()
  completedOn?: string;
}
