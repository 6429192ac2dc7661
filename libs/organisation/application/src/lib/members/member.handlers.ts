import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy, MemberAccounts } from '@billing/access/application';
import {
  memberDecider,
  normaliseEmail,
  organisationStreams,
  type MemberCommand,
  type MemberDecisionContext,
} from '@billing/organisation/domain';
import { newIdFor } from '@billing/shared/event-sourcing';
import { ConflictError, asId, type MemberId } from '@billing/shared/kernel';
import { OrganisationWrites } from '../shared/write/organisation-writes';
import { sequenceDecider } from '../shared/write/sequence-decider';
import type { WriteResult } from '../shared/write/write-result';
import { EmailReservations } from './email-reservations';
import { ChangeMemberStatusCommand, CreateMemberCommand, UpdateMemberCommand } from './member.commands';
import { MemberRow } from './member.entity';

const members = sequenceDecider(memberDecider);
const memberRow = (id: string) => ({ table: 'org_members' as const, key: { id } });

async function emailContext(dataSource: DataSource, email: string | undefined): Promise<MemberDecisionContext> {
  if (email === undefined) return {};
  const holder = await dataSource.getRepository(MemberRow).findOneBy({ email: normaliseEmail(email) });
  return holder === null ? {} : { memberIdWithSameEmail: holder.id as MemberId };
}

/** Runs `write` with the e-mail claimed for the member; a failed write gives the claim back. */
async function withEmailClaim<T>(
  reservations: EmailReservations,
  email: string | undefined,
  memberId: string,
  write: () => Promise<T>,
): Promise<T> {
  const normalised = email === undefined ? undefined : normaliseEmail(email);
  const claimed = normalised !== undefined && (await reservations.reserve(normalised, memberId));
  try {
    return await write();
  } catch (error) {
    if (claimed) await reservations.release(normalised, memberId);
    throw error;
  }
}

@CommandHandler(CreateMemberCommand)
export class CreateMemberHandler implements ICommandHandler<CreateMemberCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
    private readonly reservations: EmailReservations,
    private readonly accounts: MemberAccounts,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute({ principal, request }: CreateMemberCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'members.manage');
    const memberId = asId<'Member'>(newIdFor('member'));
    const actorId = principal.memberId as MemberId;
    const context = await emailContext(this.dataSource, request.email);
    const written = await withEmailClaim(this.reservations, request.email, memberId, () =>
      this.writes.write(
        {
          stream: organisationStreams.member(memberId),
          entity: { name: 'Member', id: memberId },
          decider: members,
          actorId,
          command: [
            { type: 'register-member', actorId, data: { memberId, name: request.name, email: request.email, roles: request.roles } },
          ] satisfies MemberCommand[],
          context,
        },
        memberRow(memberId),
      ),
    );
    if (request.initialPassword !== undefined) {
      await this.createAccount(memberId, request.name, request.email, request.initialPassword);
    }
    return { id: memberId, revision: written.revision };
  }

  /** A retried request finds the account of its first attempt: that is success, not a conflict. */
  private async createAccount(memberId: string, name: string, email: string, password: string): Promise<void> {
    if (await this.accounts.hasAccount(memberId)) return;
    try {
      await this.accounts.createForMember({ memberId, email, name, password });
    } catch (error) {
      if (error instanceof ConflictError && error.code === 'MEMBER_ALREADY_HAS_ACCOUNT') return;
      throw error;
    }
  }
}

@CommandHandler(UpdateMemberCommand)
export class UpdateMemberHandler implements ICommandHandler<UpdateMemberCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
    private readonly reservations: EmailReservations,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute({ principal, memberId, expectedRevision, request }: UpdateMemberCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'members.manage');
    const id = memberId as MemberId;
    const actorId = principal.memberId as MemberId;
    const commands: MemberCommand[] = [];
    if (request.name !== undefined || request.email !== undefined) {
      commands.push({ type: 'change-member-details', actorId, data: { memberId: id, name: request.name, email: request.email } });
    }
    if (request.roles !== undefined) {
      commands.push({ type: 'change-member-roles', actorId, data: { memberId: id, roles: request.roles } });
    }
    const before = await this.dataSource.getRepository(MemberRow).findOneBy({ id });
    const context = await emailContext(this.dataSource, request.email);
    const written = await withEmailClaim(this.reservations, request.email, id, () =>
      this.writes.write(
        {
          stream: organisationStreams.member(id),
          entity: { name: 'Member', id },
          decider: members,
          actorId,
          command: commands,
          context,
          expectedRevision,
        },
        memberRow(id),
      ),
    );
    const oldEmail = before?.email;
    if (request.email !== undefined && oldEmail !== undefined && oldEmail !== normaliseEmail(request.email)) {
      await this.reservations.release(oldEmail, id);
    }
    return { id, revision: written.revision };
  }
}

@CommandHandler(ChangeMemberStatusCommand)
export class ChangeMemberStatusHandler implements ICommandHandler<ChangeMemberStatusCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, memberId, expectedRevision, action }: ChangeMemberStatusCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'members.manage');
    const id = memberId as MemberId;
    const actorId = principal.memberId as MemberId;
    const written = await this.writes.write(
      {
        stream: organisationStreams.member(id),
        entity: { name: 'Member', id },
        decider: members,
        actorId,
        command: [
          { type: action === 'deactivate' ? 'deactivate-member' : 'reactivate-member', actorId, data: { memberId: id } },
        ] satisfies MemberCommand[],
        context: {},
        expectedRevision,
      },
      memberRow(id),
    );
    return { id, revision: written.revision };
  }
}
