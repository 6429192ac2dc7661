import { effectivePermissions } from '../auth/permissions';
import { Role } from '../auth/role';
import { canOpenSection, visibleSectionIds } from './section-access';

function forRoles(roles: readonly string[]): ReadonlySet<string> {
  return effectivePermissions({ roles: roles as Role[] });
}

describe('visibleSectionIds', () => {
  it.each<[Role, string[]]>([
    ['admin', ['time', 'reports', 'billing', 'close', 'pace', 'audit', 'setup']],
    ['finance', ['time', 'reports', 'billing', 'close', 'pace', 'audit', 'setup']],
    ['responsible', ['time', 'reports', 'pace']],
    ['member', ['time', 'reports', 'pace']],
    ['auditor', ['reports', 'audit']],
  ])('shows %s the sections %j', (role, expected) => {
    expect(visibleSectionIds(forRoles([role]))).toEqual(expected);
  });

  it('shows nothing to someone without roles', () => {
    expect(visibleSectionIds(forRoles([]))).toEqual([]);
  });

  it('shows the union for several roles, in navigation order', () => {
    expect(visibleSectionIds(forRoles(['auditor', 'member']))).toEqual(['time', 'reports', 'pace', 'audit']);
    expect(visibleSectionIds(forRoles(['responsible', 'auditor']))).toEqual(['time', 'reports', 'pace', 'audit']);
  });

  it('ignores duplicates and roles it does not know', () => {
    expect(visibleSectionIds(forRoles(['auditor', 'auditor', 'superuser']))).toEqual(['reports', 'audit']);
  });

  it('keeps Time away from pure auditors only', () => {
    expect(visibleSectionIds(forRoles(['auditor']))).not.toContain('time');
    expect(visibleSectionIds(forRoles(['auditor', 'responsible']))).toContain('time');
  });
});

describe('canOpenSection', () => {
  it('lets finance into Billing but not a member', () => {
    expect(canOpenSection(forRoles(['finance']), 'billing')).toBe(true);
    expect(canOpenSection(forRoles(['member']), 'billing')).toBe(false);
  });

  it('lets an auditor into Audit but not Setup', () => {
    expect(canOpenSection(forRoles(['auditor']), 'audit')).toBe(true);
    expect(canOpenSection(forRoles(['auditor']), 'setup')).toBe(false);
  });
});

describe('sections from server permissions', () => {
  it('prefers the permissions the server sent over the roles', () => {
    const permissions = effectivePermissions({ roles: ['member'], permissions: ['reports.read', 'projects.write'] });
    expect(visibleSectionIds(permissions)).toEqual(['reports', 'setup']);
  });

  it('hides Setup from someone who may only read the organisation', () => {
    const permissions = effectivePermissions({
      roles: ['member'],
      permissions: ['organisation.read', 'clients.read', 'projects.read', 'time.write.own'],
    });
    expect(visibleSectionIds(permissions)).not.toContain('setup');
  });
});
