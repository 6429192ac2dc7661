import { Query } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';

/** The live adjusting entries of one entry, oldest first. */
export class ListAdjustmentsQuery extends Query<TimeEntryView[]> {
  constructor(
    readonly principal: Principal,
    readonly entryId: string,
  ) {
    super();
  }
}
