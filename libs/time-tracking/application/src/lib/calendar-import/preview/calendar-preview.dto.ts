import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import type { CalendarPreviewRequest } from '@billing/time-tracking/contracts';
import { IsLocalDay } from '../../shared/http/validators';

/** JSON body, or the text fields of a multipart upload (the file itself comes as `file`). */
export class CalendarPreviewDto implements CalendarPreviewRequest {
  @ApiPropertyOptional({ description: 'The ICS text' })
  @IsOptional()
  @IsString()
  @MaxLength(2 * 1024 * 1024)
  ics?: string;

  @ApiPropertyOptional({ description: 'Fetched only when its host is in ICS_FETCH_ALLOWED_HOSTS' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false })
  url?: string;

  @ApiPropertyOptional({ example: '2026-03-01' })
  @IsOptional()
  @IsLocalDay()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31' })
  @IsOptional()
  @IsLocalDay()
  to?: string;
}
