import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CreateTimeEntryRequest, TimeEntryView } from '@billing/time-tracking/contracts';

/** Log a finished entry by hand (start + end or start + duration). */
export class CreateTimeEntryCommand extends Command<TimeEntryView> {
  constructor(
    readonly principal: Principal,
    readonly request: CreateTimeEntryRequest,
  ) {
    super();
  }
}
