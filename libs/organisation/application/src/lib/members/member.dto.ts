import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  MEMBER_ROLE_NAMES,
  type CreateMemberRequest,
  type MemberListQuery,
  type MemberRoleName,
  type MemberStatus,
  type MoveMemberRequest,
  type UpdateMemberRequest,
} from '@billing/organisation/contracts';
import { IsCalendarDate, IsEntityId } from '../shared/http/field-validators';
import { ListQueryDto } from '../shared/http/list-query.dto';

export const MIN_INITIAL_PASSWORD_LENGTH = 12;

export class CreateMemberBody implements CreateMemberRequest {
  @ApiProperty({ example: 'Ada Lovelace', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: MEMBER_ROLE_NAMES, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(MEMBER_ROLE_NAMES.length)
  @IsIn(MEMBER_ROLE_NAMES, { each: true })
  roles!: MemberRoleName[];

  @ApiPropertyOptional({ minLength: MIN_INITIAL_PASSWORD_LENGTH, description: 'Creates a login; never stored in an event' })
  @IsOptional()
  @IsString()
  @MinLength(MIN_INITIAL_PASSWORD_LENGTH)
  @MaxLength(1024)
  initialPassword?: string;
}

export class UpdateMemberBody implements UpdateMemberRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ enum: MEMBER_ROLE_NAMES, isArray: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MEMBER_ROLE_NAMES.length)
  @IsIn(MEMBER_ROLE_NAMES, { each: true })
  roles?: MemberRoleName[];
}

export class MoveMemberBody implements MoveMemberRequest {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'null: to no team' })
  @ValidateIf((_body: MoveMemberBody, value: unknown) => value !== null)
  @IsEntityId()
  teamId!: string | null;

  @ApiProperty({ example: '2026-04-01' })
  @IsCalendarDate()
  from!: string;
}

const MEMBER_STATUSES: readonly MemberStatus[] = ['active', 'deactivated'];

export class MemberListQueryDto extends ListQueryDto implements MemberListQuery {
  @ApiPropertyOptional({ enum: MEMBER_STATUSES })
  @IsOptional()
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus;

  @ApiPropertyOptional({ enum: MEMBER_ROLE_NAMES })
  @IsOptional()
  @IsIn(MEMBER_ROLE_NAMES)
  role?: MemberRoleName;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsEntityId()
  teamId?: string;
}
