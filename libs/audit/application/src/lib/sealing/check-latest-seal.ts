import { AUDIT_SEAL_STREAM, type AuditSealData, type SealCheckView, type SealProblem } from '@billing/audit/contracts';
import type { EventStore, RecordedEvent } from '@billing/event-store';
import { HEADS_DIGEST_SQL, SEAL_PROBLEMS_SQL } from './seal-heads-sql';
import { isSignatureValid } from './seal-signature';

const PROBLEMS_SHOWN = 20;

/** What a seal check reads: SQL on the store's database, the seal stream, and the secret seals are signed with. */
export interface SealCheckSources {
  query(sql: string, parameters: unknown[]): Promise<unknown[]>;
  store: Pick<EventStore, 'readStream'>;
  secret: string;
}

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

export async function latestSeals(store: Pick<EventStore, 'readStream'>, count: number): Promise<AuditSealData[]> {
  const read = await store.readStream(AUDIT_SEAL_STREAM, { direction: 'backwards', fromRevision: 'end', maxCount: count });
  if (read.kind !== 'found') return [];
  const seals: AuditSealData[] = [];
  for await (const event of read.events as AsyncIterable<RecordedEvent<AuditSealData>>) seals.push(event.data);
  return seals;
}

/**
 * Compares the PostgreSQL store with its latest seal: the seal's signature, the digest of its heads, and every sealed
 * head (a truncated tail keeps a consistent chain; only the seal shows it is gone). Null before the first seal.
 * Shared by `POST /audit/verify` and `tools/audit-cli verify`. `stream` narrows the head comparison to one stream.
 */
export async function checkLatestSeal(sources: SealCheckSources, stream: string | undefined): Promise<SealCheckView | null> {
  const [seal] = await latestSeals(sources.store, 1);
  if (seal === undefined) return null;
  const [heads] = (await sources.query(HEADS_DIGEST_SQL, [seal.sealId])) as Array<{ streams: number; digest: string }>;
  const digestValid = heads !== undefined && heads.digest === seal.digest && heads.streams === seal.streams;
  const signatureValid = isSignatureValid(sources.secret, seal);
  const [found] = (await sources.query(SEAL_PROBLEMS_SQL, [seal.sealId, stream ?? null, PROBLEMS_SHOWN])) as Array<{
    checked: number;
    found: number;
    first: ProblemRow[] | null;
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
