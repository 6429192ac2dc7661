import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '@billing/access/application';
import {
  clientDecider,
  organisationStreams,
  type ClientCommand,
  type ClientEvent,
} from '@billing/organisation/domain';
import { newIdFor } from '@billing/shared/event-sourcing';
import { asId, type ClientId, type MemberId } from '@billing/shared/kernel';
import { OrganisationWrites } from '../shared/write/organisation-writes';
import { sequenceDecider } from '../shared/write/sequence-decider';
import type { WriteResult } from '../shared/write/write-result';
import { ChangeClientStatusCommand, CreateClientCommand, UpdateClientCommand } from './client.commands';

const clientRow = (id: string) => ({ table: 'org_clients' as const, key: { id } });
const clients = sequenceDecider(clientDecider);

/**
 * No billing context exists yet, so no client has billed hours: a currency change is allowed until the billing
 * context provides the look-up.
 */
const CLIENT_CONTEXT = { hasBilledHours: false };

@CommandHandler(CreateClientCommand)
export class CreateClientHandler implements ICommandHandler<CreateClientCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, request }: CreateClientCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'clients.write');
    const clientId = asId<'Client'>(newIdFor('client'));
    const actorId = principal.memberId as MemberId;
    const written = await this.writes.write(
      {
        stream: organisationStreams.client(clientId),
        entity: { name: 'Client', id: clientId },
        decider: clients,
        actorId,
        command: [
          {
            type: 'create-client',
            actorId,
            data: {
              clientId,
              name: request.name,
              currency: request.currency,
              taxRateBasisPoints: request.taxRateBasisPoints ?? 0,
              responsibleIds: (request.responsibleIds ?? []) as MemberId[],
            },
          },
        ] satisfies ClientCommand[],
        context: CLIENT_CONTEXT,
      },
      clientRow(clientId),
    );
    return { id: clientId, revision: written.revision };
  }
}

@CommandHandler(UpdateClientCommand)
export class UpdateClientHandler implements ICommandHandler<UpdateClientCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, clientId, expectedRevision, request }: UpdateClientCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'clients.write', { clientId });
    const id = clientId as ClientId;
    const actorId = principal.memberId as MemberId;
    const commands: ClientCommand[] = [];
    const { currency, ...details } = request;
    if (Object.keys(details).length > 0) {
      commands.push({
        type: 'change-client-details',
        actorId,
        data: { clientId: id, ...details, responsibleIds: details.responsibleIds as MemberId[] | undefined },
      });
    }
    if (currency !== undefined) {
      commands.push({ type: 'change-client-currency', actorId, data: { clientId: id, currency } });
    }
    const written = await this.writes.write<ClientCommand[], ReturnType<typeof clients.evolve>, ClientEvent, typeof CLIENT_CONTEXT>(
      {
        stream: organisationStreams.client(id),
        entity: { name: 'Client', id },
        decider: clients,
        actorId,
        command: commands,
        context: CLIENT_CONTEXT,
        expectedRevision,
      },
      clientRow(id),
    );
    return { id, revision: written.revision };
  }
}

@CommandHandler(ChangeClientStatusCommand)
export class ChangeClientStatusHandler implements ICommandHandler<ChangeClientStatusCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, clientId, expectedRevision, action }: ChangeClientStatusCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'clients.write', { clientId });
    const id = clientId as ClientId;
    const actorId = principal.memberId as MemberId;
    const written = await this.writes.write(
      {
        stream: organisationStreams.client(id),
        entity: { name: 'Client', id },
        decider: clients,
        actorId,
        command: [
          { type: action === 'archive' ? 'archive-client' : 'unarchive-client', actorId, data: { clientId: id } },
        ] satisfies ClientCommand[],
        context: CLIENT_CONTEXT,
        expectedRevision,
      },
      clientRow(id),
    );
    return { id, revision: written.revision };
  }
}
