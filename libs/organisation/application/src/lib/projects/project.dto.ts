import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
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
import {
  BILLING_MODEL_KINDS,
  type BillingModelKind,
  type ProjectListQuery,
  type ProjectStatusName,
} from '@billing/organisation/contracts';
import { IsEntityId } from '../shared/http/field-validators';
import { ListQueryDto } from '../shared/http/list-query.dto';
import { MoneyBody } from '../shared/http/money.dto';
import { TimeRoundingBody } from '../shared/http/time-rounding.dto';
import {
  BILLING_MODEL_BODIES,
  BILLING_MODEL_DISCRIMINATOR,
  BillingModelBody,
  FixedFeeBillingModelBody,
  HourlyBillingModelBody,
  PerPeriodBillingModelBody,
} from './billing-model.dto';

export class ProjectEstimateBody {
  @ApiPropertyOptional({ description: 'Estimated hours in whole seconds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  seconds?: number;

  @ApiPropertyOptional({ type: MoneyBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyBody)
  amount?: MoneyBody;
}

export class RequiredEntryFieldsBody {
  @ApiProperty()
  @IsBoolean()
  task!: boolean;

  @ApiProperty()
  @IsBoolean()
  description!: boolean;
}

const BILLING_MODEL_SCHEMA = {
  oneOf: BILLING_MODEL_BODIES.map((body) => ({ $ref: getSchemaPath(body) })),
  discriminator: {
    propertyName: 'kind',
    mapping: {
      hourly: getSchemaPath(HourlyBillingModelBody),
      fixed_fee: getSchemaPath(FixedFeeBillingModelBody),
      per_period: getSchemaPath(PerPeriodBillingModelBody),
    },
  },
};

/** Fields a project shares between create and update (all optional on update). */
class ProjectFieldsBody {
  @ApiPropertyOptional({ type: ProjectEstimateBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectEstimateBody)
  estimate?: ProjectEstimateBody;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, nullable: true, description: 'Percent of the estimate; null: no alert' })
  @IsOptional()
  @ValidateIf((_body: unknown, value: unknown) => value !== null)
  @IsInt()
  @Min(1)
  @Max(1000)
  budgetAlertThresholdPercent?: number | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  defaultBillable?: boolean;

  @ApiPropertyOptional({ type: RequiredEntryFieldsBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => RequiredEntryFieldsBody)
  requiredFields?: RequiredEntryFieldsBody;

  @ApiPropertyOptional({ type: TimeRoundingBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => TimeRoundingBody)
  timeRounding?: TimeRoundingBody;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsEntityId({ each: true })
  responsibleIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @ArrayMaxSize(2000)
  @IsEntityId({ each: true })
  memberIds?: string[];
}

@ApiExtraModels(...BILLING_MODEL_BODIES)
export class CreateProjectBody extends ProjectFieldsBody {
  @ApiProperty({ format: 'uuid' })
  @IsEntityId()
  clientId!: string;

  @ApiProperty({ example: 'Website relaunch', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty(BILLING_MODEL_SCHEMA)
  @ValidateNested()
  @Type(() => BillingModelBody, BILLING_MODEL_DISCRIMINATOR)
  billingModel!: BillingModelBody;
}

@ApiExtraModels(...BILLING_MODEL_BODIES)
export class UpdateProjectBody extends ProjectFieldsBody {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional(BILLING_MODEL_SCHEMA)
  @IsOptional()
  @ValidateNested()
  @Type(() => BillingModelBody, BILLING_MODEL_DISCRIMINATOR)
  billingModel?: BillingModelBody;
}

const PROJECT_STATUSES: readonly ProjectStatusName[] = ['active', 'completed', 'archived'];

export class ProjectListQueryDto extends ListQueryDto implements ProjectListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsEntityId()
  clientId?: string;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatusName;

  @ApiPropertyOptional({ enum: BILLING_MODEL_KINDS })
  @IsOptional()
  @IsIn(BILLING_MODEL_KINDS)
  billingModel?: BillingModelKind;
}
