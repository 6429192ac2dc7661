import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { AuditLogExportFiltersDto } from '@billing/audit/application';
import type { AuditLogExportDefinition } from '@billing/exports/contracts';

/** The global audit log with the filters of `GET /api/v1/audit/events` (validated the same way). */
export class AuditLogExportDefinitionDto implements AuditLogExportDefinition {
  @ApiProperty({ enum: ['audit-log'] })
  @Equals('audit-log', { message: "kind must be 'time-report' or 'audit-log'" })
  kind!: 'audit-log';

  @ApiPropertyOptional({ type: AuditLogExportFiltersDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AuditLogExportFiltersDto)
  filters?: AuditLogExportFiltersDto;
}
