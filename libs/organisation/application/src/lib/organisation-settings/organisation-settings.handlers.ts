import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '@billing/access/application';
import {
  organisationDecider,
  organisationStreams,
  type OrganisationSettings,
} from '@billing/organisation/domain';
import { asId, type MemberId, type OrganisationId } from '@billing/shared/kernel';
import { OrganisationWrites } from '../shared/write/organisation-writes';
import type { WriteResult } from '../shared/write/write-result';
import {
  ChangeOrganisationSettingsCommand,
  ORGANISATION_ID,
  SetUpOrganisationCommand,
} from './organisation-settings.commands';

const organisationId = asId<'Organisation'>(ORGANISATION_ID) as OrganisationId;
const stream = organisationStreams.organisation(organisationId);
const row = { table: 'org_settings' as const, key: { organisation_id: organisationId } };
const entity = { name: 'Organisation', id: organisationId };

/** Used by the seed (no HTTP route: an installation is set up once). */
@CommandHandler(SetUpOrganisationCommand)
export class SetUpOrganisationHandler implements ICommandHandler<SetUpOrganisationCommand> {
  constructor(private readonly writes: OrganisationWrites) {}

  async execute({ actorId, settings }: SetUpOrganisationCommand): Promise<WriteResult> {
    const written = await this.writes.write(
      {
        stream,
        entity,
        decider: organisationDecider,
        actorId,
        command: {
          type: 'set-up-organisation',
          actorId: actorId as MemberId,
          data: { organisationId, ...(settings as Partial<OrganisationSettings>), name: settings.name, defaultCurrency: settings.defaultCurrency },
        },
        context: undefined,
      },
      row,
    );
    return { id: organisationId, revision: written.revision };
  }
}

@CommandHandler(ChangeOrganisationSettingsCommand)
export class ChangeOrganisationSettingsHandler implements ICommandHandler<ChangeOrganisationSettingsCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, expectedRevision, changes }: ChangeOrganisationSettingsCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'organisation.manage');
    const written = await this.writes.write(
      {
        stream,
        entity,
        decider: organisationDecider,
        actorId: principal.memberId,
        command: {
          type: 'change-organisation-settings',
          actorId: principal.memberId as MemberId,
          data: { organisationId, changes: changes as Partial<OrganisationSettings> },
        },
        context: undefined,
        expectedRevision,
      },
      row,
    );
    return { id: organisationId, revision: written.revision };
  }
}
