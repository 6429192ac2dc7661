import { Principal, Responsibilities, authorize } from './authorize';
import { PERMISSIONS, Permission, ROLES, Role } from './permissions';

const nobody: Responsibilities = { clientIds: [], projectIds: [], teamIds: [] };
const principal = (
  roles: Role[],
  responsibilities = nobody,
  memberId = 'm-self',
): Principal => ({
  memberId,
  roles,
  responsibilities,
});

/**
 * The policy written out by hand, one row per permission, columns admin finance responsible member auditor.
 * A = any, R = within responsibilities, O = own only, - = denied.
 */
const EXPECTED = `
permission            admin finance responsible member auditor
organisation.read     A     A       A           A      A
organisation.manage   A     A       -           -      -
members.read          A     A       A           -      A
members.manage        A     -       -           -      -
teams.read            A     A       A           A      A
teams.write           A     A       -           -      -
clients.read          A     A       R           A      A
clients.write         A     A       -           -      -
projects.read         A     A       R           A      A
projects.write        A     A       R           -      -
time.read.own         A     A       O           O      A
time.read.any         A     A       R           -      A
time.write.own        A     A       O           O      -
time.write.any        A     A       R           -      -
time.adjust           A     A       R           -      -
rates.read            A     A       -           -      A
rates.write           A     A       -           -      -
billing.read          A     A       -           -      A
billing.write         A     A       -           -      -
billing.issue         A     A       -           -      -
close.read            A     A       A           A      A
close.manage          A     A       -           -      -
reports.read          A     A       R           O      A
reports.export        A     A       R           O      A
reports.share         A     A       R           O      -
reports.save          A     A       O           O      -
pace.read             A     A       R           O      A
audit.read            A     A       -           -      A
`;

const rows = EXPECTED.trim()
  .split('\n')
  .slice(1)
  .map((line) => line.trim().split(/\s+/));
const header = [
  'admin',
  'finance',
  'responsible',
  'member',
  'auditor',
] as const;
const cases = rows.flatMap(([permission, ...marks]) =>
  header.map(
    (role, index) =>
      [
        role,
        permission as Permission,
        marks[index] as 'A' | 'R' | 'O' | '-',
      ] as const,
  ),
);

const inside = {
  clientIds: ['c-mine'],
  projectIds: ['p-mine'],
  teamIds: ['t-mine'],
};
const insideResource = { projectId: 'p-mine', memberId: 'm-other' };
const outsideResource = {
  projectId: 'p-other',
  clientId: 'c-other',
  teamIds: ['t-other'],
  memberId: 'm-other',
};
const ownResource = { projectId: 'p-other', memberId: 'm-self' };

describe('authorize: every role x permission', () => {
  it('the table covers every permission and every role exactly once', () => {
    expect(rows.map(([permission]) => permission).sort()).toEqual(
      [...PERMISSIONS].sort(),
    );
    expect([...header].sort()).toEqual([...ROLES].sort());
  });

  it.each(cases)('%s / %s -> %s', (role, permission, mark) => {
    const subject = principal([role], inside);
    const onOther = authorize(subject, permission, outsideResource);
    const onInside = authorize(subject, permission, insideResource);
    const onOwn = authorize(subject, permission, ownResource);
    switch (mark) {
      case 'A':
        expect([onOther.allowed, onInside.allowed, onOwn.allowed]).toEqual([
          true,
          true,
          true,
        ]);
        expect(onOther).toEqual({ allowed: true, scope: 'any' });
        break;
      case 'R':
        expect(onInside).toEqual({ allowed: true, scope: 'responsibilities' });
        expect(onOther).toMatchObject({ allowed: false, missing: permission });
        break;
      case 'O':
        expect(onOwn).toEqual({ allowed: true, scope: 'own' });
        expect(onInside.allowed).toBe(false);
        expect(onOther.allowed).toBe(false);
        break;
      case '-':
        for (const decision of [onOther, onInside, onOwn]) {
          expect(decision).toMatchObject({
            allowed: false,
            missing: permission,
          });
        }
        expect(authorize(subject, permission)).toMatchObject({
          allowed: false,
          missing: permission,
        });
        break;
    }
  });
});

describe('authorize: scopes', () => {
  const responsible = principal(['responsible', 'member'], inside);

  it.each([
    [{ clientId: 'c-mine' }, true], // their client
    [{ clientId: 'c-mine', projectId: 'p-elsewhere' }, true], // a project of their client
    [{ projectId: 'p-mine' }, true], // their project
    [{ teamIds: ['t-elsewhere', 't-mine'] }, true], // an entry of a member of their team
    [{ memberId: 'm-self' }, true], // their own entry (own grant from the member role)
    [{ clientId: 'c-other', projectId: 'p-other' }, false],
    [{ teamIds: ['t-other'], memberId: 'm-other' }, false],
    [{ memberId: 'm-other' }, false],
  ])('a responsible writing time on %j: allowed %s', (resource, allowed) => {
    expect(
      authorize(responsible, 'time.write.any', resource).allowed ||
        authorize(responsible, 'time.write.own', resource).allowed,
    ).toBe(allowed);
  });

  it('explains a refusal outside the responsibilities', () => {
    const decision = authorize(responsible, 'projects.write', {
      projectId: 'p-other',
    });
    expect(decision).toEqual({
      allowed: false,
      missing: 'projects.write',
      reason:
        "projects.write is limited to the principal's teams, projects and clients, and this resource is outside them",
    });
  });

  it('a member reads only their own entries', () => {
    const member = principal(['member']);
    expect(authorize(member, 'time.read.own', { memberId: 'm-self' })).toEqual({
      allowed: true,
      scope: 'own',
    });
    expect(
      authorize(member, 'time.read.own', { memberId: 'm-other' }),
    ).toMatchObject({
      allowed: false,
      reason: "time.read.own is limited to the principal's own data",
    });
    expect(
      authorize(member, 'time.read.any', { memberId: 'm-self' }).allowed,
    ).toBe(false);
  });

  it('without a resource, a scoped grant is allowed and tells the caller to filter', () => {
    expect(
      authorize(principal(['responsible'], inside), 'time.read.any'),
    ).toEqual({
      allowed: true,
      scope: 'responsibilities',
    });
    expect(authorize(principal(['member']), 'reports.read')).toEqual({
      allowed: true,
      scope: 'own',
    });
  });

  it('roles combine as a union and the widest scope wins', () => {
    const auditorAndMember = principal(['member', 'auditor']);
    expect(
      authorize(auditorAndMember, 'time.read.any', outsideResource),
    ).toEqual({ allowed: true, scope: 'any' });
    expect(authorize(auditorAndMember, 'time.write.own', ownResource)).toEqual({
      allowed: true,
      scope: 'own',
    });
    expect(
      authorize(auditorAndMember, 'time.write.any', outsideResource).allowed,
    ).toBe(false);
    expect(
      authorize(
        principal(['responsible', 'finance'], inside),
        'projects.write',
        outsideResource,
      ),
    ).toEqual({
      allowed: true,
      scope: 'any',
    });
  });

  it('a principal without roles may do nothing', () => {
    expect(authorize(principal([]), 'organisation.read')).toEqual({
      allowed: false,
      missing: 'organisation.read',
      reason: 'no roles do not grant organisation.read',
    });
  });

  it('an auditor never writes, not even inside a resource they could read', () => {
    const auditor = principal(['auditor'], inside);
    const writes = PERMISSIONS.filter(
      (permission) =>
        authorize(auditor, permission, insideResource).allowed === false,
    );
    expect(writes).toEqual([
      'organisation.manage',
      'members.manage',
      'teams.write',
      'clients.write',
      'projects.write',
      'time.write.own',
      'time.write.any',
      'time.adjust',
      'rates.write',
      'billing.write',
      'billing.issue',
      'close.manage',
      'reports.share',
      'reports.save',
    ]);
  });
});
