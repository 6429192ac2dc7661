import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  PERMISSIONS,
  ROLES,
  type Permission,
  type Role,
} from '@billing/access/domain';

export class LoginRequest {
  @ApiProperty({ example: 'admin@example.com' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'admin-demo-password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}

export class RefreshTokenRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  refreshToken!: string;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid', description: 'The member id' }) id!: string;
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
}

export class CurrentUserResponse extends UserResponse {
  @ApiProperty({
    enum: PERMISSIONS,
    isArray: true,
    description: 'Every permission the caller holds, in some scope',
  })
  permissions!: Permission[];
}

export class AuthSessionResponse {
  @ApiProperty({
    description: 'HS256 JWT; send as `Authorization: Bearer <token>`',
  })
  accessToken!: string;
  @ApiProperty({
    description: 'Opaque; single use: every refresh returns a new one',
  })
  refreshToken!: string;
  @ApiProperty({ description: 'Access token lifetime in seconds' })
  expiresIn!: number;
  @ApiProperty({ type: UserResponse }) user!: UserResponse;
}
