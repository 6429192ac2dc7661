import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
} from 'class-validator';
import {
  MAX_GROUP_LEVELS,
  REPORT_GROUP_BY,
} from '@billing/reporting/contracts';

/** Up to three distinct levels out of client, project, task, member, team, day, week, month. */
export const GroupByProperty = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      enum: REPORT_GROUP_BY,
      isArray: true,
      maxItems: MAX_GROUP_LEVELS,
      example: ['project', 'member'],
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_GROUP_LEVELS, {
      message: `groupBy takes at most ${MAX_GROUP_LEVELS} levels`,
    }),
    ArrayUnique({ message: 'groupBy must not name a dimension twice' }),
    IsIn(REPORT_GROUP_BY, {
      each: true,
      message: `each groupBy level must be one of ${REPORT_GROUP_BY.join(', ')}`,
    }),
  );
