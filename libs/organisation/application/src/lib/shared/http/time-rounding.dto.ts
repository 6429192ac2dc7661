import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { TIME_ROUNDING_INCREMENTS, type TimeRoundingMode } from '@billing/organisation/contracts';

const MODES: readonly TimeRoundingMode[] = ['none', 'up', 'down', 'nearest'];

/** `{mode: 'none'}` or `{mode: 'up' | 'down' | 'nearest', incrementMinutes}`. */
export class TimeRoundingBody {
  @ApiProperty({ enum: MODES })
  @IsIn(MODES)
  mode!: TimeRoundingMode;

  @ApiPropertyOptional({ enum: TIME_ROUNDING_INCREMENTS, description: 'Required unless mode is none' })
  @ValidateIf((body: TimeRoundingBody) => body.mode !== 'none' || body.incrementMinutes !== undefined)
  @IsIn(TIME_ROUNDING_INCREMENTS)
  incrementMinutes?: (typeof TIME_ROUNDING_INCREMENTS)[number];
}
