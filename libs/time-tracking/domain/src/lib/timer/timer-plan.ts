import { TimeEntryId } from '@billing/shared/kernel';
import { TimeEntryEvent, timeEntryStreamId } from '../time-entry/time-entry.events';
import { TimerEvent } from './timer.events';

/**
 * Events for several streams, decided together and appended in this order:
 *   1. `timer` to `timer-<memberId>` with the expected revision the timer state was read at. The timer stream is
 *      the authority on "at most one running": when two clients race, exactly one append succeeds, the other gets
 *      409 from the expected-revision check and appends nothing else.
 *   2. each of `entries` to its `time-entry-<entryId>` stream, with the revision its state was read at.
 * Everything is decided before anything is appended, so a refusal (closed period, inactive project, ...) leaves
 * all streams untouched. If the process dies between 1 and 2, re-sending the same events with the same ids is a
 * no-op at the store, so the application retries step 2 (or a process manager reacting to `timer-*` events does).
 */
export interface TimerPlan {
  timer: TimerEvent[];
  entries: { entryId: TimeEntryId; streamId: string; events: TimeEntryEvent[] }[];
}

export function entryStep(entryId: TimeEntryId, events: TimeEntryEvent[]): TimerPlan['entries'][number] {
  return { entryId, streamId: timeEntryStreamId(entryId), events };
}
