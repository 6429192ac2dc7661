import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { StartTimerRequest, TimeEntryView } from '@billing/time-tracking/contracts';

/** Start a timer entry; the member's running timer, if any, stops at the same instant. */
export class StartTimerCommand extends Command<TimeEntryView> {
  constructor(
    readonly principal: Principal,
    readonly request: StartTimerRequest,
  ) {
    super();
  }
}
