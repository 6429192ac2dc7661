import { effectivePermissions } from '../../core/auth/permissions';
import { visibleSetupPages } from './setup-pages';

describe('Setup sub-navigation', () => {
  const pagesFor = (user: Parameters<typeof effectivePermissions>[0]) => visibleSetupPages(effectivePermissions(user)).map((page) => page.id);

  it('shows admins and finance every page', () => {
    expect(pagesFor({ roles: ['admin'] })).toEqual(['organisation', 'members', 'teams', 'clients', 'projects']);
    expect(pagesFor({ roles: ['finance'] })).toEqual(['organisation', 'members', 'teams', 'clients', 'projects']);
  });

  it('follows the server’s permissions when it sends them', () => {
    expect(pagesFor({ roles: ['responsible'], permissions: ['projects.read', 'projects.write', 'clients.read'] })).toEqual([
      'clients',
      'projects',
    ]);
  });

  it('lets finance read members but not manage them (role fallback)', () => {
    const permissions = effectivePermissions({ roles: ['finance'] });
    expect(permissions.has('members.read')).toBe(true);
    expect(permissions.has('members.manage')).toBe(false);
  });
});
