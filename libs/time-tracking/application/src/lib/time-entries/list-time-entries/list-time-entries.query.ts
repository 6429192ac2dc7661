import { Query } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryListQuery, TimeEntryPage } from '@billing/time-tracking/contracts';

export class ListTimeEntriesQuery extends Query<TimeEntryPage> {
  constructor(
    readonly principal: Principal,
    readonly query: TimeEntryListQuery,
  ) {
    super();
  }
}
