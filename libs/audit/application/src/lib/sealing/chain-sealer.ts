import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_SEAL_EVENT_TYPE, AUDIT_SEAL_STREAM, type AuditSealData } from '@billing/audit/contracts';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import type { Clock } from '@billing/shared/kernel';
import { AppConfig, CLOCK } from '@billing/shared/nest';
import { COVERED_EVENTS_SQL, HEADS_DIGEST_SQL, SNAPSHOT_HEADS_SQL } from './seal-heads-sql';
import { signSeal } from './seal-signature';

export const AUDIT_SEALER_ACTOR = 'system:audit-sealer';

/**
 * Records the chain heads of every stream and appends a signed `audit-chain-sealed` event over them. Deleting or
 * rewriting a stream's tail afterwards leaves the chain itself consistent, but no longer matches the sealed head.
 * PostgreSQL adapter only (it reads the events table in one snapshot).
 */
@Injectable()
export class ChainSealer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async seal(): Promise<AuditSealData> {
    const sealId = randomUUID();
    const sealedAt = this.clock.now();
    // One snapshot for the heads, the count and the position, so the three describe the same moment.
    const unsigned = await this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await em.query(SNAPSHOT_HEADS_SQL, [sealId, sealedAt]);
      const [covered] = (await em.query(COVERED_EVENTS_SQL)) as Array<{ events: string; position: string }>;
      const [heads] = (await em.query(HEADS_DIGEST_SQL, [sealId])) as Array<{ streams: number; digest: string }>;
      return {
        sealId,
        sealedAt: sealedAt.toISOString(),
        position: covered?.position ?? '0',
        streams: heads?.streams ?? 0,
        events: Number(covered?.events ?? 0),
        digest: heads?.digest ?? '',
      };
    });
    const seal: AuditSealData = { ...unsigned, signature: signSeal(this.config.audit.sealSecret, unsigned) };
    try {
      await this.store.append(
        AUDIT_SEAL_STREAM,
        [{ id: randomUUID(), type: AUDIT_SEAL_EVENT_TYPE, data: seal, metadata: { actor: AUDIT_SEALER_ACTOR, occurredAt: seal.sealedAt, correlationId: sealId } }],
        'any',
      );
    } catch (error) {
      await this.dataSource.query('delete from audit_seal_heads where seal_id = $1', [sealId]);
      throw error;
    }
    // Only the latest seal is checked; older heads would grow the table by a row per stream and seal.
    await this.dataSource.query('delete from audit_seal_heads where sealed_at < $1', [sealedAt]);
    return seal;
  }
}
