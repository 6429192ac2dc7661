import {
  ConflictError,
  Decider,
  MemberId,
  NotFoundError,
  RuleViolationError,
  assertNever,
} from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import { MemberRole, isMemberRole } from './member-role';
import {
  ChangeMemberDetails,
  ChangeMemberRoles,
  MemberCommand,
  MemberDecisionContext,
  RegisterMember,
} from './member.commands';
import { MemberEvent } from './member.events';
import { MemberState, evolveMember, initialMemberState } from './member.state';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** E-mails compare case-insensitively; the stored form is trimmed and lower-case. */
export function normaliseEmail(email: string): string {
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

function checkEmail(checks: FieldChecks, email: string): string {
  const normalised = normaliseEmail(email);
  if (!EMAIL_PATTERN.test(normalised) || normalised.length > 254) {
    checks.add('email', 'must be an e-mail address');
  }
  return normalised;
}

function checkRoles(checks: FieldChecks, roles: MemberRole[]): MemberRole[] {
  if (!Array.isArray(roles) || roles.length === 0) {
    checks.add('roles', 'must name at least one role');
    return [];
  }
  roles.forEach((role, index) => {
    if (!isMemberRole(role))
      checks.add(`roles[${index}]`, `unknown role ${String(role)}`);
  });
  if (new Set(roles).size !== roles.length)
    checks.add('roles', 'must not contain duplicates');
  return [...roles];
}

function assertEmailFree(
  email: string,
  memberId: MemberId,
  context: MemberDecisionContext,
): void {
  const owner = context.memberIdWithSameEmail;
  if (owner !== undefined && owner !== memberId) {
    throw new ConflictError(
      'MEMBER_EMAIL_TAKEN',
      { email, memberId: owner },
      `E-mail ${email} is already in use`,
    );
  }
}

type RegisteredMember = Exclude<MemberState, { status: 'unregistered' }>;

function registered(state: MemberState, memberId: MemberId): RegisteredMember {
  if (state.status === 'unregistered') {
    throw new NotFoundError('Member', memberId);
  }
  return state;
}

function active(state: MemberState, memberId: MemberId): RegisteredMember {
  const member = registered(state, memberId);
  if (member.status === 'deactivated') {
    throw new RuleViolationError(
      'MEMBER_DEACTIVATED',
      `Member ${memberId} is deactivated; reactivate first`,
    );
  }
  return member;
}

function registerMember(
  command: RegisterMember,
  state: MemberState,
  context: MemberDecisionContext,
): MemberEvent[] {
  if (state.status !== 'unregistered') {
    throw new ConflictError('MEMBER_ALREADY_REGISTERED', {
      memberId: command.data.memberId,
    });
  }
  const checks = new FieldChecks();
  const memberId = checks.id(command.data.memberId, 'memberId');
  const name = checks.name(command.data.name);
  const email = checkEmail(checks, command.data.email);
  const roles = checkRoles(checks, command.data.roles);
  checks.throwIfAny();
  assertEmailFree(email, memberId, context);
  return [
    { type: 'member-registered', data: { memberId, name, email, roles } },
  ];
}

function changeMemberDetails(
  command: ChangeMemberDetails,
  state: MemberState,
  context: MemberDecisionContext,
): MemberEvent[] {
  const member = active(state, command.data.memberId);
  const checks = new FieldChecks();
  const name =
    command.data.name === undefined
      ? undefined
      : checks.name(command.data.name);
  const email =
    command.data.email === undefined
      ? undefined
      : checkEmail(checks, command.data.email);
  checks.throwIfAny();
  const nameChanged = name !== undefined && name !== member.name;
  const emailChanged = email !== undefined && email !== member.email;
  if (emailChanged) {
    assertEmailFree(email, member.memberId, context);
  }
  if (!nameChanged && !emailChanged) {
    return [];
  }
  return [
    {
      type: 'member-details-changed',
      data: {
        memberId: member.memberId,
        ...(nameChanged ? { name } : {}),
        ...(emailChanged ? { email } : {}),
      },
    },
  ];
}

function changeMemberRoles(
  command: ChangeMemberRoles,
  state: MemberState,
): MemberEvent[] {
  const member = active(state, command.data.memberId);
  const checks = new FieldChecks();
  const roles = checkRoles(checks, command.data.roles);
  checks.throwIfAny();
  const unchanged =
    roles.length === member.roles.length &&
    roles.every((role) => member.roles.includes(role));
  return unchanged
    ? []
    : [
        {
          type: 'member-roles-changed',
          data: { memberId: member.memberId, roles },
        },
      ];
}

export function decideMember(
  command: MemberCommand,
  state: MemberState,
  context: MemberDecisionContext = {},
): MemberEvent[] {
  switch (command.type) {
    case 'register-member':
      return registerMember(command, state, context);
    case 'change-member-details':
      return changeMemberDetails(command, state, context);
    case 'change-member-roles':
      return changeMemberRoles(command, state);
    case 'deactivate-member': {
      const member = registered(state, command.data.memberId);
      return member.status === 'deactivated'
        ? []
        : [{ type: 'member-deactivated', data: { memberId: member.memberId } }];
    }
    case 'reactivate-member': {
      const member = registered(state, command.data.memberId);
      return member.status === 'active'
        ? []
        : [{ type: 'member-reactivated', data: { memberId: member.memberId } }];
    }
    default:
      return assertNever(command, 'member command');
  }
}

export const memberDecider: Decider<
  MemberCommand,
  MemberState,
  MemberEvent,
  MemberDecisionContext
> = {
  decide: decideMember,
  evolve: evolveMember,
  initialState: initialMemberState,
};
