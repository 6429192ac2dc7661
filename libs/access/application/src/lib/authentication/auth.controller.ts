import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Ip,
  Post,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Principal } from '@billing/access/domain';
import { CurrentUser, Public } from '@billing/shared/nest';
import { AuthenticatedOnly } from '../authorization/access-requirement';
import { AccessPolicy } from '../authorization/access-policy';
import { CurrentPrincipal } from '../authorization/current-principal.decorator';
import type { AccessUser } from '../members/access-user';
import {
  AuthSessionResponse,
  CurrentUserResponse,
  LoginRequest,
  RefreshTokenRequest,
} from './auth.dto';
import { AuthSessions, userResponseOf } from './auth-sessions';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: AuthSessions,
    private readonly policy: AccessPolicy,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthSessionResponse })
  @ApiUnauthorizedResponse({
    description:
      'Invalid e-mail or password (same answer for an unknown e-mail and a deactivated member)',
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed logins for this e-mail from this address',
  })
  login(
    @Body() request: LoginRequest,
    @Ip() clientIp: string,
  ): Promise<AuthSessionResponse> {
    return this.sessions.login(request.email, request.password, clientIp);
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: AuthSessionResponse,
    description: 'A new session; the refresh token sent is now spent',
  })
  refresh(@Body() request: RefreshTokenRequest): Promise<AuthSessionResponse> {
    return this.sessions.refresh(request.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'The refresh token is revoked (also when it was unknown)',
  })
  logout(@Body() request: RefreshTokenRequest): Promise<void> {
    return this.sessions.logout(request.refreshToken);
  }

  @AuthenticatedOnly()
  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: CurrentUserResponse })
  me(
    @CurrentUser() caller: AccessUser,
    @CurrentPrincipal() principal: Principal,
  ): CurrentUserResponse {
    return {
      ...userResponseOf(caller),
      permissions: this.policy.permissionsOf(principal),
    };
  }
}
