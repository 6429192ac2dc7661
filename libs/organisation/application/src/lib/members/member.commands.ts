import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CreateMemberRequest, MoveMemberRequest, UpdateMemberRequest } from '@billing/organisation/contracts';
import type { WriteResult } from '../shared/write/write-result';

export class CreateMemberCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly request: CreateMemberRequest,
  ) {
    super();
  }
}

export class UpdateMemberCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
    readonly expectedRevision: number,
    readonly request: UpdateMemberRequest,
  ) {
    super();
  }
}

export type MemberStatusAction = 'deactivate' | 'reactivate';

export class ChangeMemberStatusCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
    readonly expectedRevision: number,
    readonly action: MemberStatusAction,
  ) {
    super();
  }
}

/** Effective-dated move; the revision is the member's team-membership stream's (optional If-Match). */
export class MoveMemberCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
    readonly request: MoveMemberRequest,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
