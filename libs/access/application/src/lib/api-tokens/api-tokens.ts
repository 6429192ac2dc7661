import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { NotFoundError, ValidationError, isUuid } from '@billing/shared/kernel';
import { AuthApiToken } from './auth-api-token.entity';
import { hashOfApiToken, newApiTokenSecret } from './api-token-secret';

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface CreatedApiToken extends ApiTokenSummary {
  /** The secret, returned this once; only its hash is kept. */
  token: string;
}

/** Writing `last_used_at` at most this often per token keeps busy integrations from writing on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

const summaryOf = (row: AuthApiToken): ApiTokenSummary => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** Personal API tokens of members: created, listed and revoked by their owner; used as bearer tokens. */
@Injectable()
export class ApiTokens {
  constructor(
    @InjectRepository(AuthApiToken)
    private readonly tokens: Repository<AuthApiToken>,
  ) {}

  async create(
    memberId: string,
    request: { name: string; expiresAt?: Date },
    now: Date,
  ): Promise<CreatedApiToken> {
    if (request.expiresAt !== undefined && request.expiresAt <= now) {
      throw ValidationError.single('expiresAt', 'must be in the future');
    }
    const token = newApiTokenSecret();
    const saved = await this.tokens.save(
      this.tokens.create({
        memberId,
        name: request.name.trim(),
        tokenHash: hashOfApiToken(token),
        createdAt: now,
        expiresAt: request.expiresAt ?? null,
        revokedAt: null,
        lastUsedAt: null,
      }),
    );
    return { ...summaryOf(saved), token };
  }

  async list(memberId: string): Promise<ApiTokenSummary[]> {
    const rows = await this.tokens.find({
      where: { memberId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(summaryOf);
  }

  /** Revokes one of the member's own tokens; a token of someone else is reported as not found. */
  async revoke(memberId: string, id: string, now: Date): Promise<void> {
    if (!isUuid(id)) throw ValidationError.single('id', 'must be a UUID');
    const token = await this.tokens.findOneBy({ id, memberId });
    if (!token) throw new NotFoundError('ApiToken', id);
    await this.tokens.update({ id, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** The member a presented token authenticates, or undefined when it is unknown, revoked or expired. */
  async memberIdFor(token: string, now: Date): Promise<string | undefined> {
    const row = await this.tokens.findOneBy({
      tokenHash: hashOfApiToken(token),
      revokedAt: IsNull(),
    });
    if (!row || (row.expiresAt !== null && row.expiresAt <= now))
      return undefined;
    if (
      row.lastUsedAt === null ||
      now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS
    ) {
      await this.tokens.update({ id: row.id }, { lastUsedAt: now });
    }
    return row.memberId;
  }
}
