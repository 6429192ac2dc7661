import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { SubmissionDeadlineRuleDto } from '@billing/organisation/contracts';
import { IsCurrencyCode, IsIanaTimeZone } from '../shared/http/field-validators';
import { TimeRoundingBody } from '../shared/http/time-rounding.dto';

const RULE_KINDS = ['nth-working-day-of-next-month', 'nth-day-of-next-month'] as const;

export class SubmissionDeadlineRuleBody {
  @ApiPropertyOptional({ enum: RULE_KINDS })
  @IsIn(RULE_KINDS)
  kind!: SubmissionDeadlineRuleDto['kind'];

  @ApiPropertyOptional({ minimum: 1, maximum: 28 })
  @IsInt()
  @Min(1)
  @Max(28)
  n!: number;
}

/** Shape checks here; the decider checks the meaning (format tokens, rounding increments). */
export class ChangeOrganisationSettingsBody {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/Berlin' })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: 'EUR' })
  @IsOptional()
  @IsCurrencyCode()
  defaultCurrency?: string;

  @ApiPropertyOptional({ example: 'INV-{YYYY}-{SEQ:4}' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  invoiceNumberFormat?: string;

  @ApiPropertyOptional({ type: TimeRoundingBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => TimeRoundingBody)
  defaultTimeRounding?: TimeRoundingBody;

  @ApiPropertyOptional({ type: SubmissionDeadlineRuleBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubmissionDeadlineRuleBody)
  submissionDeadlineRule?: SubmissionDeadlineRuleBody;
}
