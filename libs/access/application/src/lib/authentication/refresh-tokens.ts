import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@billing/shared/nest';
import { AuthRefreshToken } from './auth-refresh-token.entity';

const hashOf = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export type RotationResult =
  | { kind: 'rotated'; accountId: string; refreshToken: string }
  | { kind: 'invalid' };

/** Opaque random refresh tokens, stored hashed; each use rotates it, and reusing a rotated one revokes them all. */
@Injectable()
export class RefreshTokens {
  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  issue(
    accountId: string,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    return this.insert(manager, accountId, now).then(
      (created) => created.token,
    );
  }

  async rotate(token: string, now: Date): Promise<RotationResult> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(AuthRefreshToken, {
        where: { tokenHash: hashOf(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || current.expiresAt <= now) return { kind: 'invalid' };
      if (current.revokedAt) {
        await this.revokeAllOf(manager, current.accountId, now); // a stolen, already rotated token was replayed
        return { kind: 'invalid' };
      }
      const next = await this.insert(manager, current.accountId, now);
      await manager.update(
        AuthRefreshToken,
        { id: current.id },
        { revokedAt: now, replacedBy: next.id },
      );
      return {
        kind: 'rotated',
        accountId: current.accountId,
        refreshToken: next.token,
      };
    });
  }

  async revoke(token: string, now: Date): Promise<void> {
    await this.dataSource.manager.update(
      AuthRefreshToken,
      { tokenHash: hashOf(token), revokedAt: IsNull() },
      { revokedAt: now },
    );
  }

  private async revokeAllOf(
    manager: EntityManager,
    accountId: string,
    now: Date,
  ): Promise<void> {
    await manager.update(
      AuthRefreshToken,
      { accountId, revokedAt: IsNull() },
      { revokedAt: now },
    );
  }

  private async insert(
    manager: EntityManager,
    accountId: string,
    now: Date,
  ): Promise<{ id: string; token: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(
      now.getTime() + this.config.auth.refreshTokenTtlSeconds * 1000,
    );
    const saved = await manager.save(
      manager.create(AuthRefreshToken, {
        accountId,
        tokenHash: hashOf(token),
        expiresAt,
        revokedAt: null,
        replacedBy: null,
      }),
    );
    return { id: saved.id, token };
  }
}
