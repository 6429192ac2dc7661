import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { StopTimerRequest } from '@billing/time-tracking/contracts';
import { IsInstant } from '../../shared/http/validators';

export class StopTimerDto implements StopTimerRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'The entry the client believes runs' })
  @IsOptional()
  @IsUUID()
  entryId?: string;

  @ApiPropertyOptional({ example: '2026-03-10T17:00:00Z', description: 'Default: now' })
  @IsOptional()
  @IsInstant()
  endedAt?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Whose timer, when no entryId is given. Default: the caller' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}
