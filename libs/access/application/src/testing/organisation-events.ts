import { randomUUID } from 'node:crypto';
import {
  memberDecider,
  organisationStreams,
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
  type MemberCommand,
  type MemberEvent,
  type MemberRole,
  type OrganisationContextEvent,
} from '@billing/organisation/domain';
import {
  AggregateRepository,
  awaitReadModel,
  typeDataCodec,
} from '@billing/shared/event-sourcing';
import { asId } from '@billing/shared/kernel';
import { MemberAccounts } from '../lib/accounts/member-accounts';
import { AccessMembers } from '../lib/members/access-members';
import type { AccessTestApp } from './access-test-app';

const memberCodec = typeDataCodec<MemberEvent>(
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
);
const ADMIN_ACTOR = asId<'Member'>('00000000-0000-4000-8000-00000000a0a0');

/** Runs a member command the way the organisation context will, then waits for the access read model. */
export async function executeMemberCommand(
  testApp: AccessTestApp,
  command: Omit<MemberCommand, 'actorId'>,
): Promise<void> {
  const memberId = command.data.memberId;
  const result = await testApp.app.get(AggregateRepository).execute({
    stream: organisationStreams.member(memberId),
    decider: memberDecider,
    codec: memberCodec,
    command: { ...command, actorId: ADMIN_ACTOR } as MemberCommand,
    context: {},
    metadata: { actor: ADMIN_ACTOR, occurredAt: new Date() },
  });
  const revision = result.revision ?? 0;
  const members = testApp.app.get(AccessMembers);
  const caughtUp = await awaitReadModel(
    () => members.hasReached(memberId, revision),
    10_000,
  );
  if (!caughtUp)
    throw new Error(`access_members did not reach ${memberId}@${revision}`);
}

export interface TestMember {
  memberId: string;
  email: string;
  password: string;
}

/** Registers a member with `roles` and gives them a login. */
export async function registerMemberWithAccount(
  testApp: AccessTestApp,
  name: string,
  roles: MemberRole[],
): Promise<TestMember> {
  const memberId = randomUUID();
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${memberId.slice(0, 8)}@example.com`;
  const password = `${name}-password-123`;
  await executeMemberCommand(testApp, {
    type: 'register-member',
    data: { memberId: asId<'Member'>(memberId), name, email, roles },
  });
  await testApp.app
    .get(MemberAccounts)
    .createForMember({ memberId, email, name, password });
  return { memberId, email, password };
}

/** Appends organisation events directly (teams, clients, projects are not the access context's to decide). */
export async function appendOrganisationEvents(
  testApp: AccessTestApp,
  stream: string,
  events: OrganisationContextEvent[],
): Promise<void> {
  await testApp.eventStore.append(
    stream,
    events.map((event) => ({
      id: randomUUID(),
      type: event.type,
      schemaVersion: ORGANISATION_EVENT_SCHEMA_VERSIONS[event.type],
      data: event.data,
      metadata: {
        actor: ADMIN_ACTOR,
        occurredAt: new Date().toISOString(),
        correlationId: randomUUID(),
      },
    })),
    'any',
  );
}
