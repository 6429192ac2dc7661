import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CreateTaskRequest, UpdateTaskRequest } from '@billing/organisation/contracts';
import type { WriteResult } from '../shared/write/write-result';

export class AddTaskCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly request: CreateTaskRequest,
  ) {
    super();
  }
}

export class ChangeTaskCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly taskId: string,
    readonly expectedRevision: number,
    readonly request: UpdateTaskRequest,
  ) {
    super();
  }
}

export class ArchiveTaskCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly projectId: string,
    readonly taskId: string,
    readonly expectedRevision: number,
  ) {
    super();
  }
}
