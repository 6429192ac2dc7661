import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type {
  EntrySelectionDto,
  MarkBilledRequest,
  MarkUnbilledRequest,
} from '@billing/billing/contracts';
import { IsLocalDateText } from '@billing/rates/application';

export class EntrySelectionBody implements EntrySelectionDto {
  @ApiProperty({ example: '2026-03-01' })
  @IsLocalDateText()
  from!: string;

  @ApiProperty({ example: '2026-03-31' })
  @IsLocalDateText()
  to!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  clientIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  projectIds?: string[];
}

export class MarkBilledDto implements MarkBilledRequest {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Or give a selection',
  })
  @ValidateIf((body: MarkBilledDto) => body.selection === undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  entryIds?: string[];

  @ApiPropertyOptional({
    type: EntrySelectionBody,
    description: 'Billable, unbilled entries of a report selection',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EntrySelectionBody)
  selection?: EntrySelectionBody;

  @ApiProperty({
    maxLength: 200,
    description:
      "Where these hours were invoiced, e.g. the other system's invoice number",
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reference!: string;
}

export class MarkUnbilledDto implements MarkUnbilledRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  entryIds!: string[];

  @ApiProperty({
    maxLength: 200,
    description: 'The reference the entries were marked with',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reference!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
