import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';

/** Delete (an event: the entry leaves reports, its history stays) or restore an entry. */
export class DeleteTimeEntryCommand extends Command<TimeEntryView> {
  constructor(
    readonly principal: Principal,
    readonly action: 'delete' | 'restore',
    readonly entryId: string,
    readonly expectedRevision: number | undefined,
    readonly reason: string | undefined,
  ) {
    super();
  }
}
