/** Stream and stored type of the seal events the sealing job appends. */
export const AUDIT_SEAL_STREAM = 'audit-seals';
export const AUDIT_SEAL_EVENT_TYPE = 'audit-chain-sealed';

/**
 * Data of an `audit-chain-sealed` event. The heads themselves (stream, last revision, last hash) are kept in the
 * `audit_seal_heads` table under `sealId`; `digest` is the SHA-256 over them in stream order, and `signature` the
 * HMAC-SHA256 (AUDIT_SEAL_SECRET) over the other fields, so neither the heads nor the seal can be changed unnoticed.
 */
export interface AuditSealData {
  sealId: string;
  sealedAt: string;
  /** Highest global position (PostgreSQL event row) covered by the seal. */
  position: string;
  streams: number;
  events: number;
  digest: string;
  signature: string;
}

/** `GET /audit/seals`: the latest seals, newest first. */
export interface AuditSealList {
  items: AuditSealData[];
}

export interface SealProblem {
  stream: string;
  sealedRevision: number;
  /** Highest revision the stream holds now; null when every event is gone. */
  actualRevision: number | null;
  /** First sealed revision that is no longer there; null when the revisions are there but a hash differs. */
  missingRevision: number | null;
  reason: string;
}

/** The chain heads compared with the latest seal. */
export interface SealCheckView {
  sealId: string;
  sealedAt: string;
  position: string;
  streamsSealed: number;
  streamsChecked: number;
  signatureValid: boolean;
  digestValid: boolean;
  ok: boolean;
  problemsFound: number;
  /** The first problems, in stream order. */
  problems: SealProblem[];
}
