import { ApiProperty } from '@nestjs/swagger';
import type { CreateSharedLinkRequest } from '@billing/reporting/contracts';
import { IsZonedInstant } from '../shared/validators';

export class CreateSharedLinkDto implements CreateSharedLinkRequest {
  @ApiProperty({ example: '2026-12-31T23:59:59Z' })
  @IsZonedInstant()
  expiresAt!: string;
}
