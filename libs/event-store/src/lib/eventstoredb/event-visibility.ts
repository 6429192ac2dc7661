import {
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamSubscription,
  type Filter,
  type Position as ClientPosition,
} from '@kurrent/kurrentdb-client';
import type { AllFilter } from '../port/types';

interface ResolvedLike {
  event?: { streamId: string; type: string };
  link?: unknown;
}

/**
 * $all also carries system events (`$`-prefixed types such as `$metadata`, `$>` links, `$streamDeleted`) and events
 * in system streams. Only application events pass.
 */
export function isApplicationEvent(resolved: ResolvedLike): boolean {
  const event = resolved.event;
  return (
    event !== undefined &&
    resolved.link === undefined &&
    !event.type.startsWith('$') &&
    !event.streamId.startsWith('$')
  );
}

export function matchesFilter(
  event: { streamId: string; type: string },
  filter: AllFilter | undefined,
): boolean {
  const prefixes = filter?.streamPrefixes ?? [];
  const types = filter?.eventTypes ?? [];
  return (
    (prefixes.length === 0 ||
      prefixes.some((prefix) => event.streamId.startsWith(prefix))) &&
    (types.length === 0 || types.includes(event.type))
  );
}

type CheckpointReached = (
  subscription: AllStreamSubscription,
  position: ClientPosition,
) => void | Promise<void>;

/**
 * The server filters on one thing only: stream prefixes when given (event types are then checked client-side),
 * otherwise exact event types, otherwise "no system events". A filter is always set, because only filtered
 * reads report checkpoints.
 */
export function toServerFilter(
  filter: AllFilter | undefined,
  checkpointReached?: CheckpointReached,
): Filter {
  const checkpoint = {
    checkpointInterval: 1,
    ...(checkpointReached ? { checkpointReached } : {}),
  };
  const prefixes = filter?.streamPrefixes ?? [];
  if (prefixes.length > 0) {
    return streamNameFilter({ prefixes: [...prefixes], ...checkpoint });
  }
  const types = filter?.eventTypes ?? [];
  if (types.length > 0) {
    return eventTypeFilter({
      regex: exactAlternativesRegex(types),
      ...checkpoint,
    });
  }
  return excludeSystemEvents(checkpoint);
}

/** `^(?:a|b)$` with regex metacharacters escaped, so `time-entry.logged` never matches `time-entryXlogged`. */
export function exactAlternativesRegex(values: readonly string[]): string {
  const escaped = values.map((value) =>
    value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return `^(?:${escaped.join('|')})$`;
}
