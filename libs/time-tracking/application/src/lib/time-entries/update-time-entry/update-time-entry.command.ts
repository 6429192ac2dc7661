import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView, UpdateTimeEntryRequest } from '@billing/time-tracking/contracts';

/** Edit any field of an entry, based on the revision the caller saw (If-Match). */
export class UpdateTimeEntryCommand extends Command<TimeEntryView> {
  constructor(
    readonly principal: Principal,
    readonly entryId: string,
    readonly expectedRevision: number,
    readonly request: UpdateTimeEntryRequest,
  ) {
    super();
  }
}
