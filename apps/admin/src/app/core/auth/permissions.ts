import { AuthUser } from './auth-user';
import { Role } from './role';

/** The permissions the admin app asks about. Names match the server's policy module. */
export type AppPermission =
  | 'organisation.read'
  | 'organisation.manage'
  | 'members.read'
  | 'members.manage'
  | 'teams.read'
  | 'teams.write'
  | 'clients.read'
  | 'clients.write'
  | 'projects.read'
  | 'projects.write'
  | 'time.write.own'
  | 'time.write.any'
  | 'time.adjust'
  | 'billing.read'
  | 'billing.write'
  | 'billing.issue'
  | 'rates.read'
  | 'rates.write'
  | 'close.manage'
  | 'reports.read'
  | 'reports.save'
  | 'reports.share'
  | 'pace.read'
  | 'audit.read';

const SETUP_READS: readonly AppPermission[] = [
  'organisation.read',
  'members.read',
  'teams.read',
  'clients.read',
  'projects.read',
];

/**
 * Used only when the server does not send `permissions`: a coarse copy of the server's role grants, enough to
 * decide what to show. The server still checks every request.
 */
const ROLE_FALLBACK: Readonly<Record<Role, readonly AppPermission[]>> = {
  admin: [
    ...SETUP_READS,
    'organisation.manage',
    'members.manage',
    'teams.write',
    'clients.write',
    'projects.write',
    'time.write.own',
    'time.write.any',
    'time.adjust',
    'billing.write',
    'billing.read',
    'billing.issue',
    'rates.read',
    'rates.write',
    'close.manage',
    'reports.read',
    'reports.save',
    'reports.share',
    'pace.read',
    'audit.read',
  ],
  finance: [
    ...SETUP_READS,
    'organisation.manage',
    'teams.write',
    'clients.write',
    'projects.write',
    'time.write.own',
    'time.write.any',
    'time.adjust',
    'billing.write',
    'billing.read',
    'billing.issue',
    'rates.read',
    'rates.write',
    'close.manage',
    'reports.read',
    'reports.save',
    'reports.share',
    'pace.read',
    'audit.read',
  ],
  responsible: [...SETUP_READS, 'time.write.own', 'time.adjust', 'reports.read', 'reports.save', 'reports.share', 'pace.read'],
  member: ['organisation.read', 'teams.read', 'clients.read', 'projects.read', 'time.write.own', 'reports.read', 'reports.save', 'reports.share', 'pace.read'],
  auditor: [...SETUP_READS, 'reports.read', 'audit.read'],
};

/** The permissions to show the UI for: the server's list when it sent one, else derived from the roles. */
export function effectivePermissions(user: Pick<AuthUser, 'roles' | 'permissions'> | null): ReadonlySet<string> {
  if (!user) {
    return new Set();
  }
  if (user.permissions) {
    return new Set(user.permissions);
  }
  return new Set(user.roles.flatMap((role) => ROLE_FALLBACK[role] ?? []));
}
