import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CreateClientRequest, UpdateClientRequest } from '@billing/organisation/contracts';
import type { WriteResult } from '../shared/write/write-result';

export class CreateClientCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly request: CreateClientRequest,
  ) {
    super();
  }
}

export class UpdateClientCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly clientId: string,
    readonly expectedRevision: number,
    readonly request: UpdateClientRequest,
  ) {
    super();
  }
}

export type ClientStatusAction = 'archive' | 'unarchive';

export class ChangeClientStatusCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly clientId: string,
    readonly expectedRevision: number,
    readonly action: ClientStatusAction,
  ) {
    super();
  }
}
