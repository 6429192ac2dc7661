import { Query } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';

/** One entry, read from its stream (so the ETag is exact even when the list lags). */
export class GetTimeEntryQuery extends Query<TimeEntryView> {
  constructor(
    readonly principal: Principal,
    readonly entryId: string,
  ) {
    super();
  }
}
