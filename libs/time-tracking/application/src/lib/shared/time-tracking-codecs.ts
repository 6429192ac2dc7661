import { typeDataCodec } from '@billing/shared/event-sourcing';
import type { TimeEntryEvent, TimerEvent } from '@billing/time-tracking/domain';

/** Stored as `{ type, data }` under the domain's stable names; version 1 everywhere so far. */
export const timeEntryCodec = typeDataCodec<TimeEntryEvent>();
export const timerCodec = typeDataCodec<TimerEvent>();
