import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { MoneyDto } from '@billing/organisation/contracts';
import { IsCurrencyCode } from './field-validators';

export class MoneyBody implements MoneyDto {
  @ApiProperty({ description: 'Integer minor units, not negative', example: 150000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor!: number;

  @ApiProperty({ description: 'ISO 4217 code', example: 'EUR' })
  @IsCurrencyCode()
  currency!: string;
}
