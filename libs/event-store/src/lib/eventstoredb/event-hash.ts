import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export interface HashedContent {
  stream: string;
  revision: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  /** The caller's metadata only: nothing the store adds. */
  callerMetadata: Record<string, unknown>;
  /** Hash of the previous event in the stream; empty for the first. */
  previousHash: string;
}

/** Hex SHA-256 over the canonical form of the content, chained through `previousHash`. */
export function computeEventHash(content: HashedContent): string {
  const text = canonicalJson({
    stream: content.stream,
    revision: content.revision,
    eventId: content.eventId,
    type: content.type,
    schemaVersion: content.schemaVersion,
    data: content.data,
    metadata: content.callerMetadata,
    previousHash: content.previousHash,
  });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
