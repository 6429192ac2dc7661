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

export type VerifyView =
  | { ok: true; scope: string; eventsChecked: number; startedAt: string; durationMs: number }
  | { ok: false; scope: string; eventsChecked: number; startedAt: string; durationMs: number; firstBrokenLink: BrokenLink };
