import type { SealCheckView } from './seals';

/** `POST /audit/verify`: one stream, or the whole store when `stream` is absent. */
export interface VerifyRequest {
  stream?: string;
}

export interface BrokenLink {
  stream: string;
  revision: number;
  eventId: string;
  reason: string;
}

/**
 * `ok` only when the hash chain is intact and the latest seal (if any) is genuine and every sealed head is still there.
 * `seal` is null before the first seal, or on an event store without seals (EventStoreDB).
 */
export interface VerifyView {
  ok: boolean;
  scope: string;
  eventsChecked: number;
  startedAt: string;
  durationMs: number;
  firstBrokenLink: BrokenLink | null;
  seal: SealCheckView | null;
}
