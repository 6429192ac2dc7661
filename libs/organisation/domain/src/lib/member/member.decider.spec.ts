import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { actorId, ids } from '../testing/fixtures';
import { memberDecider } from './member.decide';
import { MemberEvent } from './member.events';

const registered: MemberEvent = {
  type: 'member-registered',
  data: {
    memberId: ids.alice,
    name: 'Alice Adams',
    email: 'alice@acme.test',
    roles: ['member'],
  },
};
const deactivated: MemberEvent = {
  type: 'member-deactivated',
  data: { memberId: ids.alice },
};
const members = spec(memberDecider, {});

describe('register-member', () => {
  it('registers with a normalised e-mail and several roles', () => {
    members
      .given([])
      .when({
        type: 'register-member',
        actorId,
        data: {
          memberId: ids.alice,
          name: ' Alice Adams ',
          email: ' Alice@ACME.test ',
          roles: ['member', 'responsible'],
        },
      })
      .then([
        {
          type: 'member-registered',
          data: {
            memberId: ids.alice,
            name: 'Alice Adams',
            email: 'alice@acme.test',
            roles: ['member', 'responsible'],
          },
        },
      ]);
  });

  it('rejects an e-mail another member already uses', () => {
    members
      .given([])
      .when(
        {
          type: 'register-member',
          actorId,
          data: {
            memberId: ids.alice,
            name: 'A',
            email: 'bob@acme.test',
            roles: ['member'],
          },
        },
        { memberIdWithSameEmail: ids.bob },
      )
      .thenThrows(
        ConflictError,
        (error) =>
          error.code === 'MEMBER_EMAIL_TAKEN' &&
          error.details['memberId'] === ids.bob,
      );
  });

  it('rejects a malformed e-mail, no roles and an unknown role', () => {
    const error = members
      .given([])
      .when({
        type: 'register-member',
        actorId,
        data: {
          memberId: ids.alice,
          name: 'A',
          email: 'not-an-email',
          roles: [],
        },
      })
      .thenThrows(ValidationError);
    expect(error.fields.map((field) => field.path)).toEqual(['email', 'roles']);
    members
      .given([])
      .when({
        type: 'register-member',
        actorId,
        data: {
          memberId: ids.alice,
          name: 'A',
          email: 'a@acme.test',
          roles: ['superuser' as 'admin'],
        },
      })
      .thenThrows(ValidationError, (e) => e.fields[0]?.path === 'roles[0]');
  });

  it('rejects registering the same member twice', () => {
    members
      .given([registered])
      .when({
        type: 'register-member',
        actorId,
        data: { ...registered.data, roles: ['member'] },
      } as never)
      .thenThrows(
        ConflictError,
        (error) => error.code === 'MEMBER_ALREADY_REGISTERED',
      );
  });
});

describe('change-member-details', () => {
  it('records the changed e-mail only', () => {
    members
      .given([registered])
      .when(
        {
          type: 'change-member-details',
          actorId,
          data: {
            memberId: ids.alice,
            name: 'Alice Adams',
            email: 'alice@new.test',
          },
        },
        {},
      )
      .then([
        {
          type: 'member-details-changed',
          data: { memberId: ids.alice, email: 'alice@new.test' },
        },
      ]);
  });

  it('accepts the member keeping their own e-mail in another case', () => {
    members
      .given([registered])
      .when(
        {
          type: 'change-member-details',
          actorId,
          data: { memberId: ids.alice, email: 'ALICE@acme.test' },
        },
        { memberIdWithSameEmail: ids.alice },
      )
      .thenNothingHappens();
  });

  it('rejects an e-mail in use by someone else', () => {
    members
      .given([registered])
      .when(
        {
          type: 'change-member-details',
          actorId,
          data: { memberId: ids.alice, email: 'bob@acme.test' },
        },
        { memberIdWithSameEmail: ids.bob },
      )
      .thenThrows(
        ConflictError,
        (error) => error.code === 'MEMBER_EMAIL_TAKEN',
      );
  });

  it('rejects changes to a deactivated member and to an unknown one', () => {
    members
      .given([registered, deactivated])
      .when({
        type: 'change-member-details',
        actorId,
        data: { memberId: ids.alice, name: 'Al' },
      })
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'MEMBER_DEACTIVATED',
      );
    members
      .given([])
      .when({
        type: 'change-member-details',
        actorId,
        data: { memberId: ids.alice, name: 'Al' },
      })
      .thenThrows(NotFoundError);
  });
});

describe('change-member-roles', () => {
  it('replaces the roles', () => {
    members
      .given([registered])
      .when({
        type: 'change-member-roles',
        actorId,
        data: { memberId: ids.alice, roles: ['finance', 'member'] },
      })
      .then([
        {
          type: 'member-roles-changed',
          data: { memberId: ids.alice, roles: ['finance', 'member'] },
        },
      ]);
  });

  it('ignores the same set in another order', () => {
    members
      .given([
        registered,
        {
          type: 'member-roles-changed',
          data: { memberId: ids.alice, roles: ['member', 'auditor'] },
        },
      ])
      .when({
        type: 'change-member-roles',
        actorId,
        data: { memberId: ids.alice, roles: ['auditor', 'member'] },
      })
      .thenNothingHappens();
  });

  it('rejects duplicates and an empty list', () => {
    members
      .given([registered])
      .when({
        type: 'change-member-roles',
        actorId,
        data: { memberId: ids.alice, roles: ['member', 'member'] },
      })
      .thenThrows(
        ValidationError,
        (error) => error.fields[0]?.reason === 'must not contain duplicates',
      );
    members
      .given([registered])
      .when({
        type: 'change-member-roles',
        actorId,
        data: { memberId: ids.alice, roles: [] },
      })
      .thenThrows(ValidationError);
  });
});

describe('deactivate / reactivate (members are never deleted)', () => {
  it('deactivates and reactivates', () => {
    members
      .given([registered])
      .when({
        type: 'deactivate-member',
        actorId,
        data: { memberId: ids.alice },
      })
      .then([deactivated]);
    members
      .given([registered, deactivated])
      .when({
        type: 'reactivate-member',
        actorId,
        data: { memberId: ids.alice },
      })
      .then([{ type: 'member-reactivated', data: { memberId: ids.alice } }]);
  });

  it('repeating either is a no-op, and an unknown member is not found', () => {
    members
      .given([registered, deactivated])
      .when({
        type: 'deactivate-member',
        actorId,
        data: { memberId: ids.alice },
      })
      .thenNothingHappens();
    members
      .given([registered])
      .when({
        type: 'reactivate-member',
        actorId,
        data: { memberId: ids.alice },
      })
      .thenNothingHappens();
    members
      .given([])
      .when({ type: 'deactivate-member', actorId, data: { memberId: ids.bob } })
      .thenThrows(NotFoundError);
  });
});
