import { Command } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { ChangeOrganisationSettingsRequest, OrganisationSettingsFields } from '@billing/organisation/contracts';
import { uuidFromSeed } from '@billing/shared/event-sourcing';
import type { WriteResult } from '../shared/write/write-result';

/** One organisation per installation: its id is fixed, so concurrent set-ups address the same stream. */
export const ORGANISATION_ID = uuidFromSeed('billing|organisation');

export class SetUpOrganisationCommand extends Command<WriteResult> {
  constructor(
    readonly actorId: string,
    readonly settings: Pick<OrganisationSettingsFields, 'name' | 'defaultCurrency'> & Partial<OrganisationSettingsFields>,
  ) {
    super();
  }
}

export class ChangeOrganisationSettingsCommand extends Command<WriteResult> {
  constructor(
    readonly principal: Principal,
    readonly expectedRevision: number,
    readonly changes: ChangeOrganisationSettingsRequest,
  ) {
    super();
  }
}
