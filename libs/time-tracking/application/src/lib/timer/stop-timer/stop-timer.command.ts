import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { StopTimerRequest, TimeEntryView } from '@billing/time-tracking/contracts';

/** Stop the running timer (and its entry) now or at `endedAt`. */
export class StopTimerCommand extends Command<TimeEntryView> {
  constructor(
    readonly principal: Principal,
    readonly request: StopTimerRequest,
  ) {
    super();
  }
}
