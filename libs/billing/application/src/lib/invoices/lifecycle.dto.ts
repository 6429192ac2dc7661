import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type {
  DiscardInvoiceRequest,
  IssueInvoiceRequest,
  VoidInvoiceRequest,
} from '@billing/billing/contracts';
import { IsLocalDateText } from '@billing/rates/application';

export class IssueInvoiceDto implements IssueInvoiceRequest {
  @ApiPropertyOptional({
    example: '2026-04-02',
    description: "Default: today in the organisation's zone",
  })
  @IsOptional()
  @IsLocalDateText()
  issuedOn?: string;
}

export class VoidInvoiceDto implements VoidInvoiceRequest {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class DiscardInvoiceDto implements DiscardInvoiceRequest {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
