import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { BILLING_MODEL_KINDS, PERIOD_UNIT_NAMES, type BillingModelKind, type PeriodUnitName } from '@billing/organisation/contracts';
import { MoneyBody } from '../shared/http/money.dto';

/**
 * The billing model is a union discriminated by `kind`. class-transformer picks the class of the kind, so the
 * whitelist refuses the fields of other kinds (e.g. `billingModel.fee` on an hourly model) with 400 naming them.
 * An unknown kind falls back to this base class and fails on `billingModel.kind`.
 */
export class BillingModelBody {
  @ApiProperty({ enum: BILLING_MODEL_KINDS })
  @IsIn(BILLING_MODEL_KINDS)
  kind!: BillingModelKind;
}

export class HourlyBillingModelBody extends BillingModelBody {
  @ApiProperty({ enum: ['hourly'] })
  declare kind: 'hourly';

  @ApiProperty({ enum: ['member', 'task'], default: 'member' })
  @IsIn(['member', 'task'])
  invoiceLinesPer!: 'member' | 'task';
}

export class FixedFeeBillingModelBody extends BillingModelBody {
  @ApiProperty({ enum: ['fixed_fee'] })
  declare kind: 'fixed_fee';

  @ApiProperty({ type: MoneyBody })
  @ValidateNested()
  @Type(() => MoneyBody)
  fee!: MoneyBody;
}

export class PerPeriodBillingModelBody extends BillingModelBody {
  @ApiProperty({ enum: ['per_period'] })
  declare kind: 'per_period';

  @ApiProperty({ type: MoneyBody })
  @ValidateNested()
  @Type(() => MoneyBody)
  fee!: MoneyBody;

  @ApiProperty({ enum: PERIOD_UNIT_NAMES })
  @IsIn(PERIOD_UNIT_NAMES)
  periodUnit!: PeriodUnitName;

  @ApiProperty({ description: 'Included hours in whole seconds', example: 72000 })
  @IsInt()
  @Min(0)
  @Max(10_000 * 3600)
  includedSeconds!: number;

  @ApiProperty({ description: 'Minor units per hour beyond the included hours', example: 9000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  overageRateMinorPerHour!: number;
}

export const BILLING_MODEL_BODIES = [HourlyBillingModelBody, FixedFeeBillingModelBody, PerPeriodBillingModelBody];

/** class-transformer options for a `billingModel` property. */
export const BILLING_MODEL_DISCRIMINATOR = {
  discriminator: {
    property: 'kind',
    subTypes: [
      { name: 'hourly', value: HourlyBillingModelBody },
      { name: 'fixed_fee', value: FixedFeeBillingModelBody },
      { name: 'per_period', value: PerPeriodBillingModelBody },
    ],
  },
  keepDiscriminatorProperty: true,
};
