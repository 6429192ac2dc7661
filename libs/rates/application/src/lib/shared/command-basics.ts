import type { Principal } from '@billing/access/domain';
import type { CommandMetadata } from '@billing/shared/event-sourcing';
import type { Clock, MemberId } from '@billing/shared/kernel';

/** The acting member and the envelope of a command. */
export function commandBasics(
  principal: Principal,
  clock: Clock,
  reason?: string | null,
): { actorId: MemberId; metadata: CommandMetadata } {
  return {
    actorId: principal.memberId as MemberId,
    metadata: {
      actor: principal.memberId,
      occurredAt: clock.now(),
      ...(reason ? { reason } : {}),
    },
  };
}
