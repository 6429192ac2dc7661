import type { TimeZone } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import type { Instant } from '@billing/time-tracking/domain';
import { EntryStreams } from '../../shared/entry-streams';
import { viewOfState } from '../../shared/entry-view';

/** After a timer write: wait until the list shows the entry, then answer with it as stored. */
export async function entryViewAfterTimerWrite(streams: EntryStreams, entryId: string, timeZone: TimeZone, now: Instant): Promise<TimeEntryView> {
  const { entry, revision } = await streams.load(entryId);
  await streams.awaitRow(entryId, revision);
  return viewOfState(entry, revision, timeZone, now);
}
