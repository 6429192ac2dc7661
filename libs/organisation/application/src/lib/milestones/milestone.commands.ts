import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CreateMilestoneRequest, UpdateMilestoneRequest } from '@billing/organisation/contracts';
import type { WriteResult } from '../shared/write/write-result';

export class AddMilestoneCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly request: CreateMilestoneRequest,
  ) {
    super();
  }
}

export class ChangeMilestoneCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly milestoneId: string,
    readonly expectedRevision: number,
    readonly request: UpdateMilestoneRequest,
  ) {
    super();
  }
}

export class CompleteMilestoneCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly milestoneId: string,
    readonly expectedRevision: number,
    /** Default: today in the organisation's time zone. */
    readonly completedOn?: string,
  ) {
    super();
  }
}
