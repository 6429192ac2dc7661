import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

export class CreateApiTokenRequest {
  @ApiProperty({ example: 'Payroll export' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the token stops working; never when left out',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;
}

export class ApiTokenResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true }) expiresAt!:
    | string
    | null;
  @ApiProperty({ format: 'date-time', nullable: true }) revokedAt!:
    | string
    | null;
  @ApiProperty({ format: 'date-time', nullable: true }) lastUsedAt!:
    | string
    | null;
}

export class CreatedApiTokenResponse extends ApiTokenResponse {
  @ApiProperty({
    description:
      'The secret (`llt_...`), shown this once: send it as `Authorization: Bearer llt_...`',
  })
  token!: string;
}
