import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditSealData } from '@billing/audit/contracts';

export type UnsignedSeal = Omit<AuditSealData, 'signature'>;

/** Versioned and field-ordered, so a signature never depends on JSON key order. */
export function signingPayload(seal: UnsignedSeal): string {
  return ['audit-seal:v1', seal.sealId, seal.sealedAt, seal.position, seal.streams, seal.events, seal.digest].join('|');
}

export function signSeal(secret: string, seal: UnsignedSeal): string {
  return createHmac('sha256', secret).update(signingPayload(seal)).digest('hex');
}

export function isSignatureValid(secret: string, seal: AuditSealData): boolean {
  const expected = Buffer.from(signSeal(secret, seal), 'hex');
  const actual = Buffer.from(/^[0-9a-f]{64}$/.test(seal.signature) ? seal.signature : '', 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
