import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; body: unknown; headers: Record<string, string> }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

/** A pending claim older than this is taken to belong to a request that died, and may be taken over. */
const ABANDONED_AFTER_SECONDS = 60;

/** Remembers the first response to each (caller, route, Idempotency-Key) so retries get it back unchanged. */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(scope: string, key: string, requestHash: string): Promise<Claim> {
    const inserted: unknown[] = await this.dataSource.query(
      `insert into idempotency_records (scope, key, request_hash, status) values ($1, $2, $3, 'pending')
       on conflict (scope, key) do nothing returning key`,
      [scope, key, requestHash],
    );
    if (inserted.length === 1) return { kind: 'claimed' };

    const rows: { request_hash: string; status: string; response_body: unknown; response_headers: Record<string, string>; abandoned: boolean }[] =
      await this.dataSource.query(
        `select request_hash, status, response_body, response_headers,
                created_at < now() - make_interval(secs => $3) as abandoned
           from idempotency_records where scope = $1 and key = $2`,
        [scope, key, ABANDONED_AFTER_SECONDS],
      );
    const existing = rows[0];
    if (existing === undefined) return this.claim(scope, key, requestHash); // released meanwhile
    if (existing.request_hash !== requestHash) return { kind: 'mismatch' };
    if (existing.status === 'completed') {
      return { kind: 'replay', body: existing.response_body, headers: existing.response_headers };
    }
    if (!existing.abandoned) return { kind: 'in_progress' };
    const taken: unknown[] = await this.dataSource.query(
      `update idempotency_records set created_at = now()
        where scope = $1 and key = $2 and status = 'pending'
          and created_at < now() - make_interval(secs => $3) returning key`,
      [scope, key, ABANDONED_AFTER_SECONDS],
    );
    return taken.length === 1 ? { kind: 'claimed' } : { kind: 'in_progress' };
  }

  async complete(scope: string, key: string, body: unknown, headers: Record<string, string>): Promise<void> {
    await this.dataSource.query(
      `update idempotency_records
          set status = 'completed', response_body = $3::jsonb, response_headers = $4::jsonb, completed_at = now()
        where scope = $1 and key = $2`,
      [scope, key, JSON.stringify(body ?? null), JSON.stringify(headers)],
    );
  }

  /** A failed request leaves no trace, so that its retry runs again (event ids stay deterministic). */
  async release(scope: string, key: string): Promise<void> {
    await this.dataSource.query(`delete from idempotency_records where scope = $1 and key = $2 and status = 'pending'`, [
      scope,
      key,
    ]);
  }
}
