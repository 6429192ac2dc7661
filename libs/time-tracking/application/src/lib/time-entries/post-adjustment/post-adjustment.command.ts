import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { PostAdjustmentRequest, TimeEntryView } from '@billing/time-tracking/contracts';

/** Post an adjusting entry for entry `adjustsEntryId` (its day in a closed period) into an open period. */
export class PostAdjustmentCommand extends Command<TimeEntryView> {
  constructor(
    readonly principal: Principal,
    readonly adjustsEntryId: string,
    readonly request: PostAdjustmentRequest,
  ) {
    super();
  }
}
