import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { CommandClock } from '../../shared/command-clock';
import { EntryAdjustments } from '../../shared/entry-adjustments';
import { viewOfRow } from '../../shared/entry-view';
import { GetTimeEntryQuery } from '../get-time-entry/get-time-entry.query';
import { ListAdjustmentsQuery } from './list-adjustments.query';

@QueryHandler(ListAdjustmentsQuery)
export class ListAdjustmentsHandler implements IQueryHandler<ListAdjustmentsQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly adjustments: EntryAdjustments,
    private readonly clock: CommandClock,
  ) {}

  async execute({ principal, entryId }: ListAdjustmentsQuery): Promise<TimeEntryView[]> {
    // 404 for an unknown entry and 403 outside the caller's read scope, exactly as GET /time-entries/:id.
    await this.queries.execute(new GetTimeEntryQuery(principal, entryId));
    const now = this.clock.now();
    return (await this.adjustments.rowsOf(entryId)).map((row) => viewOfRow(row, now));
  }
}
