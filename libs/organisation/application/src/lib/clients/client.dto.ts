import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ClientListQuery, ClientStatus, CreateClientRequest, UpdateClientRequest } from '@billing/organisation/contracts';
import { IsCurrencyCode, IsEntityId } from '../shared/http/field-validators';
import { ListQueryDto } from '../shared/http/list-query.dto';

export class CreateClientBody implements CreateClientRequest {
  @ApiProperty({ example: 'Acme GmbH', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217' })
  @IsCurrencyCode()
  currency!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000, default: 0, description: '1900 = 19 %' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  taxRateBasisPoints?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsEntityId({ each: true })
  responsibleIds?: string[];
}

export class UpdateClientBody implements UpdateClientRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'USD', description: 'Refused once the client has billed hours' })
  @IsOptional()
  @IsCurrencyCode()
  currency?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  taxRateBasisPoints?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsEntityId({ each: true })
  responsibleIds?: string[];
}

const CLIENT_STATUSES: readonly ClientStatus[] = ['active', 'archived'];

export class ClientListQueryDto extends ListQueryDto implements ClientListQuery {
  @ApiPropertyOptional({ enum: CLIENT_STATUSES })
  @IsOptional()
  @IsIn(CLIENT_STATUSES)
  status?: ClientStatus;
}
