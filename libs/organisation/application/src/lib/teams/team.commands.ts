import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CreateTeamRequest, UpdateTeamRequest } from '@billing/organisation/contracts';
import type { WriteResult } from '../shared/write/write-result';

export class CreateTeamCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly request: CreateTeamRequest,
  ) {
    super();
  }
}

export class UpdateTeamCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly teamId: string,
    readonly expectedRevision: number,
    readonly request: UpdateTeamRequest,
  ) {
    super();
  }
}

export class ArchiveTeamCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly teamId: string,
    readonly expectedRevision: number,
  ) {
    super();
  }
}
