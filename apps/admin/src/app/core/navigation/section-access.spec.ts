import { Role } from '../auth/role';
import { canOpenSection, visibleSectionIds } from './section-access';

describe('visibleSectionIds', () => {
  it.each<[Role, string[]]>([
    ['admin', ['time', 'reports', 'billing', 'close', 'pace', 'audit', 'setup']],
    ['finance', ['time', 'reports', 'billing', 'close', 'pace', 'audit', 'setup']],
    ['responsible', ['time', 'reports', 'pace']],
    ['member', ['time', 'reports', 'pace']],
    ['auditor', ['reports', 'audit']],
  ])('shows %s the sections %j', (role, expected) => {
    expect(visibleSectionIds([role])).toEqual(expected);
  });

  it('shows nothing to someone without roles', () => {
    expect(visibleSectionIds([])).toEqual([]);
  });

  it('shows the union for several roles, in navigation order', () => {
    expect(visibleSectionIds(['auditor', 'member'])).toEqual(['time', 'reports', 'pace', 'audit']);
    expect(visibleSectionIds(['responsible', 'auditor'])).toEqual(['time', 'reports', 'pace', 'audit']);
  });

  it('ignores duplicates and roles it does not know', () => {
    expect(visibleSectionIds(['auditor', 'auditor', 'superuser'])).toEqual(['reports', 'audit']);
  });

  it('keeps Time away from pure auditors only', () => {
    expect(visibleSectionIds(['auditor'])).not.toContain('time');
    expect(visibleSectionIds(['auditor', 'responsible'])).toContain('time');
  });
});

describe('canOpenSection', () => {
  it('lets finance into Billing but not a member', () => {
    expect(canOpenSection(['finance'], 'billing')).toBe(true);
    expect(canOpenSection(['member'], 'billing')).toBe(false);
  });

  it('lets an auditor into Audit but not Setup', () => {
    expect(canOpenSection(['auditor'], 'audit')).toBe(true);
    expect(canOpenSection(['auditor'], 'setup')).toBe(false);
  });
});
