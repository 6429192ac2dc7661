import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { DeleteTimeEntryRequest, RestoreTimeEntryRequest } from '@billing/time-tracking/contracts';

/** The optional written reason of a delete or a restore. */
export class ReasonDto implements DeleteTimeEntryRequest, RestoreTimeEntryRequest {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
