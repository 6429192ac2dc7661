import type { Principal } from '@billing/access/domain';
import type { CommandMetadata } from '@billing/shared/event-sourcing';
import type { Clock, MemberId } from '@billing/shared/kernel';

/** The acting member and the instant, for the command and its envelope. */
export function commandBasics(principal: Principal, clock: Clock, reason?: string | null): { actorId: MemberId; at: string; metadata: CommandMetadata } {
  const now = clock.now();
  return {
    actorId: principal.memberId as MemberId,
    at: now.toISOString(),
    metadata: { actor: principal.memberId, occurredAt: now, ...(reason ? { reason } : {}) },
  };
}
