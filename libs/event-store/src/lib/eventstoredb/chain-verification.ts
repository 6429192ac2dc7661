import type { RecordedEvent, VerifyResult } from '../port/types';
import { computeEventHash } from './event-hash';
import { callerMetadataOf } from './stored-event';

export interface ChainLink {
  revision: number;
  hash: string;
}

/**
 * Why `event` breaks the chain, or undefined when it holds. `previous` is the last readable event before it in the
 * same stream; when there is none and the event is not revision 0, its predecessors are no longer readable
 * (truncated, aged out, soft-deleted) and its `previousHash` is taken as given.
 */
export function brokenLinkReason(
  event: RecordedEvent,
  previous: ChainLink | undefined,
): string | undefined {
  const { hash, previousHash } = event.metadata;
  if (!hash) {
    return 'no hash in the event metadata';
  }
  const recomputed = computeEventHash({
    stream: event.streamId,
    revision: event.revision,
    eventId: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    callerMetadata: callerMetadataOf(event.metadata),
    previousHash,
  });
  if (recomputed !== hash) {
    return 'the hash does not match the event content';
  }
  if (!previous) {
    return event.revision === 0 && previousHash !== ''
      ? 'the first event has a previousHash'
      : undefined;
  }
  if (event.revision !== previous.revision + 1) {
    return `revision ${event.revision} follows revision ${previous.revision}`;
  }
  if (previousHash !== previous.hash) {
    return `previousHash does not match the hash of revision ${previous.revision}`;
  }
  return undefined;
}

/** Walks one stream's events (as stored, in revision order) and names the first broken link. */
export async function verifyChain(
  events: AsyncIterable<RecordedEvent>,
  alreadyChecked = 0,
): Promise<VerifyResult> {
  let eventsChecked = alreadyChecked;
  let previous: ChainLink | undefined;
  for await (const event of events) {
    eventsChecked += 1;
    const reason = brokenLinkReason(event, previous);
    if (reason) {
      return {
        ok: false,
        eventsChecked,
        firstBrokenLink: {
          stream: event.streamId,
          revision: event.revision,
          eventId: event.id,
          reason,
        },
      };
    }
    previous = { revision: event.revision, hash: event.metadata.hash };
  }
  return { ok: true, eventsChecked };
}
