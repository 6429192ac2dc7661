import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_SEAL_STREAM, type AuditSealData, type SealCheckView, type SealProblem } from '@billing/audit/contracts';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@billing/event-store';
import { AppConfig } from '@billing/shared/nest';
import { HEADS_DIGEST_SQL, SEAL_PROBLEMS_SQL } from './seal-heads-sql';
import { isSignatureValid } from './seal-signature';

const PROBLEMS_SHOWN = 20;

interface ProblemRow {
  stream: string;
  sealed_revision: number | string;
  sealed_hash: string;
  actual_revision: number | string | null;
  actual_hash: string | null;
}

function problemOf(row: ProblemRow): SealProblem {
  const sealedRevision = Number(row.sealed_revision);
  const actualRevision = row.actual_revision === null ? null : Number(row.actual_revision);
  if (actualRevision === null || actualRevision < sealedRevision) {
    const missingRevision = (actualRevision ?? -1) + 1;
    return {
      stream: row.stream,
      sealedRevision,
      actualRevision,
      missingRevision,
      reason: `sealed up to revision ${sealedRevision}, but revision ${missingRevision} and later are missing`,
    };
  }
  return { stream: row.stream, sealedRevision, actualRevision, missingRevision: null, reason: `the event at sealed revision ${sealedRevision} no longer has the sealed hash` };
}

/** Compares the store with its latest seal: the seal's signature, the digest of its heads, and every sealed head. */
@Injectable()
export class SealChecker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly config: AppConfig,
  ) {}

  async latestSeals(count: number): Promise<AuditSealData[]> {
    const read = await this.store.readStream(AUDIT_SEAL_STREAM, { direction: 'backwards', fromRevision: 'end', maxCount: count });
    if (read.kind !== 'found') return [];
    const seals: AuditSealData[] = [];
    for await (const event of read.events as AsyncIterable<RecordedEvent<AuditSealData>>) seals.push(event.data);
    return seals;
  }

  /** Null before the first seal, and on EventStoreDB (no seals there). `stream` narrows the head comparison to one stream. */
  async check(stream: string | undefined): Promise<SealCheckView | null> {
    if (this.config.eventStore.kind !== 'postgres') return null;
    const [seal] = await this.latestSeals(1);
    if (seal === undefined) return null;
    const [heads] = (await this.dataSource.query(HEADS_DIGEST_SQL, [seal.sealId])) as Array<{ streams: number; digest: string }>;
    const digestValid = heads !== undefined && heads.digest === seal.digest && heads.streams === seal.streams;
    const signatureValid = isSignatureValid(this.config.audit.sealSecret, seal);
    const [found] = (await this.dataSource.query(SEAL_PROBLEMS_SQL, [seal.sealId, stream ?? null, PROBLEMS_SHOWN])) as Array<{
      checked: number;
      found: number;
      first: ProblemRow[];
    }>;
    const problems = (found?.first ?? []).map(problemOf);
    return {
      sealId: seal.sealId,
      sealedAt: seal.sealedAt,
      position: seal.position,
      streamsSealed: seal.streams,
      streamsChecked: found?.checked ?? 0,
      signatureValid,
      digestValid,
      ok: signatureValid && digestValid && (found?.found ?? 0) === 0,
      problemsFound: found?.found ?? 0,
      problems,
    };
  }
}
