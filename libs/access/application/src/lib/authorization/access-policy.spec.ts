import type { Principal } from '@billing/access/domain';
import { ForbiddenError } from '@billing/shared/kernel';
import { AccessPolicy } from './access-policy';

const policy = new AccessPolicy();
const responsibilities = {
  clientIds: ['c1'],
  projectIds: ['p1'],
  teamIds: ['t1'],
};
const principal = (roles: Principal['roles']): Principal => ({
  memberId: 'm1',
  roles,
  responsibilities,
});

describe('AccessPolicy', () => {
  it.each([
    [['admin'], 'time.read.any', { kind: 'all' }],
    [['auditor'], 'reports.read', { kind: 'all' }],
    [
      ['responsible'],
      'reports.read',
      { kind: 'responsibilities', ...responsibilities },
    ],
    [
      ['responsible', 'member'],
      'reports.read',
      { kind: 'responsibilities', ...responsibilities, ownMemberId: 'm1' },
    ],
    [['member'], 'reports.read', { kind: 'own', memberId: 'm1' }],
    [['member', 'finance'], 'reports.read', { kind: 'all' }],
  ] as const)('%j list scope for %s is %j', (roles, permission, expected) => {
    expect(policy.queryScope(principal(roles), permission)).toEqual(expected);
  });

  it('refuses a list query without the permission, naming it', () => {
    expect(() =>
      policy.queryScope(principal(['member']), 'billing.read'),
    ).toThrow(ForbiddenError);
    try {
      policy.assert(principal(['responsible']), 'projects.write', {
        projectId: 'p2',
      });
    } catch (error) {
      expect(error).toMatchObject({
        missingPermission: 'projects.write',
        reason:
          "projects.write is limited to the principal's teams, projects and clients, and this resource is outside them",
      });
    }
    expect.assertions(2);
  });

  it('lists the permissions a principal holds in some scope', () => {
    expect(policy.permissionsOf(principal(['member']))).toEqual([
      'organisation.read',
      'teams.read',
      'clients.read',
      'projects.read',
      'time.read.own',
      'time.write.own',
      'close.read',
      'reports.read',
      'reports.export',
      'reports.share',
      'reports.save',
      'pace.read',
    ]);
    expect(policy.permissionsOf(principal([]))).toEqual([]);
  });
});
