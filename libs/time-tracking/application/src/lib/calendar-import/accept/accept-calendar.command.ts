import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { AcceptCalendarProposalsRequest, AcceptCalendarProposalsResponse } from '@billing/time-tracking/contracts';

/** Log the accepted calendar proposals as the caller's entries, once per external id. */
export class AcceptCalendarCommand extends Command<AcceptCalendarProposalsResponse> {
  constructor(
    readonly principal: Principal,
    readonly request: AcceptCalendarProposalsRequest,
  ) {
    super();
  }
}
