import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AUDIT_RULES, type AuditRuleName, type TimeAuditQuery } from '@billing/time-tracking/contracts';
import { IsLocalDay, toInteger } from '../../shared/http/validators';

const toList = ({ value }: { value: unknown }): unknown =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]));

export class TimeAuditDto implements TimeAuditQuery {
  @ApiPropertyOptional({ example: '2026-03-01' })
  @IsOptional()
  @IsLocalDay()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31' })
  @IsOptional()
  @IsLocalDay()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ enum: AUDIT_RULES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsIn(AUDIT_RULES, { each: true })
  rules?: AuditRuleName[];

  @ApiPropertyOptional({ minimum: 0, maximum: 365 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(365)
  lateAfterDays?: number;
}
