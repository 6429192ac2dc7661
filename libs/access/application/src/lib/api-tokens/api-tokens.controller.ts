import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Post,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ForbiddenError, type Clock } from '@billing/shared/kernel';
import { CLOCK, CurrentUser } from '@billing/shared/nest';
import { AuthenticatedOnly } from '../authorization/access-requirement';
import type { AccessUser } from '../members/access-user';
import {
  ApiTokenResponse,
  CreateApiTokenRequest,
  CreatedApiTokenResponse,
} from './api-token.dto';
import { ApiTokens } from './api-tokens';

/** A member's own personal API tokens; every member may manage theirs. */
@ApiTags('auth')
@ApiBearerAuth()
@AuthenticatedOnly()
@Controller('auth/api-tokens')
export class ApiTokensController {
  constructor(
    private readonly tokens: ApiTokens,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedApiTokenResponse })
  create(
    @CurrentUser() caller: AccessUser,
    @Body() request: CreateApiTokenRequest,
  ): Promise<CreatedApiTokenResponse> {
    if (caller.authenticatedWith === 'api-token') {
      // A leaked integration token must not be able to mint more of itself.
      throw new ForbiddenError(
        'api-tokens.create',
        'API tokens are created from a signed-in session, not with another API token',
      );
    }
    return this.tokens.create(
      caller.memberId,
      {
        name: request.name,
        ...(request.expiresAt
          ? { expiresAt: new Date(request.expiresAt) }
          : {}),
      },
      this.clock.now(),
    );
  }

  @Get()
  @ApiOkResponse({ type: ApiTokenResponse, isArray: true })
  list(@CurrentUser() caller: AccessUser): Promise<ApiTokenResponse[]> {
    return this.tokens.list(caller.memberId);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked; it stops working at once' })
  revoke(
    @CurrentUser() caller: AccessUser,
    @Param('id') id: string,
  ): Promise<void> {
    return this.tokens.revoke(caller.memberId, id, this.clock.now());
  }
}
