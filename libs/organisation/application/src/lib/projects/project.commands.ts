import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CreateProjectRequest, ProjectAction, UpdateProjectRequest } from '@billing/organisation/contracts';
import type { WriteResult } from '../shared/write/write-result';

export class CreateProjectCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly request: CreateProjectRequest,
  ) {
    super();
  }
}

export class UpdateProjectCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly expectedRevision: number,
    readonly request: UpdateProjectRequest,
  ) {
    super();
  }
}

export class ChangeProjectStatusCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly expectedRevision: number,
    readonly action: ProjectAction,
  ) {
    super();
  }
}
