import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type {
  LineDiscountDto,
  LineQuantityView,
} from '@billing/billing/contracts';
import type { LineDiscount } from '@billing/billing/domain';
import { type CurrencyCode, money } from '@billing/shared/kernel';

export class DiscountBody {
  @ApiProperty({ enum: ['amount', 'percent'] })
  @IsIn(['amount', 'percent'])
  kind!: 'amount' | 'percent';

  @ApiPropertyOptional({ description: 'kind amount: minor units' })
  @ValidateIf((body: DiscountBody) => body.kind === 'amount')
  @IsInt()
  @Min(0)
  amountMinor?: number;

  @ApiPropertyOptional({
    description: 'kind percent: basis points, 1250 = 12.5 %',
  })
  @ValidateIf((body: DiscountBody) => body.kind === 'percent')
  @IsInt()
  @Min(0)
  @Max(10_000)
  basisPoints?: number;
}

export class QuantityBody implements LineQuantityView {
  @ApiProperty({ enum: ['seconds', 'units'] })
  @IsIn(['seconds', 'units'])
  unit!: 'seconds' | 'units';

  @ApiProperty()
  @IsInt()
  @Min(0)
  value!: number;
}

/** EditInvoiceLineRequest, with the discount as a class for validation. */
export class EditInvoiceLineDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: "Seconds or units, in the line's unit" })
  @IsOptional()
  @IsInt()
  @Min(0)
  quantity?: number;

  @ApiPropertyOptional({
    description: 'Per hour (seconds lines) or per unit, minor units',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  unitAmountMinor?: number;

  @ApiPropertyOptional({
    type: DiscountBody,
    nullable: true,
    description: 'null removes the discount',
  })
  @IsOptional()
  @ValidateIf((body: EditInvoiceLineDto) => body.discount !== null)
  @ValidateNested()
  @Type(() => DiscountBody)
  discount?: DiscountBody | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

/** AddInvoiceLineRequest, with the discount as a class for validation. */
export class AddInvoiceLineDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @MaxLength(500)
  description!: string;

  @ApiProperty({ type: QuantityBody })
  @ValidateNested()
  @Type(() => QuantityBody)
  quantity!: QuantityBody;

  @ApiProperty()
  @IsInt()
  @Min(0)
  unitAmountMinor!: number;

  @ApiPropertyOptional({ type: DiscountBody, nullable: true })
  @IsOptional()
  @ValidateIf((body: AddInvoiceLineDto) => body.discount !== null)
  @ValidateNested()
  @Type(() => DiscountBody)
  discount?: DiscountBody | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export function discountOf(
  dto: DiscountBody | LineDiscountDto | null | undefined,
  currency: CurrencyCode,
): LineDiscount | null | undefined {
  if (dto === undefined || dto === null) return dto;
  const body = dto as DiscountBody;
  return body.kind === 'amount'
    ? { kind: 'amount', amount: money(body.amountMinor ?? 0, currency) }
    : { kind: 'percent', basisPoints: body.basisPoints ?? 0 };
}
