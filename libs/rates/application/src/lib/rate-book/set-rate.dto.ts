import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  SetBillableRateRequest,
  SetCostRateRequest,
} from '@billing/rates/contracts';
import { IsLocalDateText } from '../shared/validators';
import { RateScopeBody } from './rate-scope.dto';

/** What a billable and a cost rate both state: the rate, from when, and whether it overwrites one set for that date. */
export class DatedRateBody {
  @ApiProperty({
    description:
      "Whole minor units per hour (a cost rate in the organisation's default currency)",
    example: 12000,
  })
  @IsInt()
  @Min(0)
  rateMinorPerHour!: number;

  @ApiProperty({ example: 'EUR' })
  @IsString()
  @Length(3, 3)
  currency!: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsLocalDateText()
  validFrom!: string;

  @ApiPropertyOptional({
    description:
      'Overwrite a different rate already set for this scope (or member) and date',
  })
  @IsOptional()
  @IsBoolean()
  replace?: boolean;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SetBillableRateDto
  extends DatedRateBody
  implements SetBillableRateRequest
{
  @ApiProperty({ type: RateScopeBody })
  @ValidateNested()
  @Type(() => RateScopeBody)
  scope!: RateScopeBody;
}

export class SetCostRateDto
  extends DatedRateBody
  implements SetCostRateRequest
{
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  memberId!: string;
}
