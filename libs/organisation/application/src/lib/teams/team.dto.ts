import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { CreateTeamRequest, TeamListQuery, TeamStatus, UpdateTeamRequest } from '@billing/organisation/contracts';
import { IsCalendarDate, IsEntityId } from '../shared/http/field-validators';
import { ListQueryDto } from '../shared/http/list-query.dto';

export class CreateTeamBody implements CreateTeamRequest {
  @ApiProperty({ example: 'Platform', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsEntityId({ each: true })
  responsibleIds?: string[];
}

export class UpdateTeamBody implements UpdateTeamRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsEntityId({ each: true })
  responsibleIds?: string[];
}

const TEAM_STATUSES: readonly TeamStatus[] = ['active', 'archived'];

export class TeamListQueryDto extends ListQueryDto implements TeamListQuery {
  @ApiPropertyOptional({ enum: TEAM_STATUSES })
  @IsOptional()
  @IsIn(TEAM_STATUSES)
  status?: TeamStatus;
}

export class TeamMembersOnQueryDto {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'Default: today in the organisation time zone' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}
