import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { AcceptCalendarProposalsRequest, AcceptedCalendarProposal } from '@billing/time-tracking/contracts';
import { IsInstant } from '../../shared/http/validators';

export class AcceptedProposalDto implements AcceptedCalendarProposal {
  @ApiProperty({ example: 'calendar:2026-03-16T09:00:00Z:weekly-1@example.com' })
  @IsString()
  @Matches(/^calendar:/, { message: 'must be the externalId of a proposal (calendar:...)' })
  @MaxLength(1000)
  externalId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((dto: AcceptedProposalDto) => dto.taskId !== undefined && dto.taskId !== null)
  @IsUUID()
  taskId?: string | null;

  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  description!: string;

  @ApiProperty()
  @IsInstant()
  startedAt!: string;

  @ApiProperty()
  @IsInstant()
  endedAt!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  tags?: string[];
}

export class AcceptCalendarDto implements AcceptCalendarProposalsRequest {
  @ApiProperty({ type: [AcceptedProposalDto], minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AcceptedProposalDto)
  proposals!: AcceptedProposalDto[];
}
