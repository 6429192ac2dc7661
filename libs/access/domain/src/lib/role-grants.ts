import { PERMISSIONS, Permission, READ_PERMISSIONS, Role } from './permissions';

/**
 * How far a grant reaches:
 * - `any`: everything in the organisation;
 * - `responsibilities`: only resources within the teams, projects and clients the principal is responsible for;
 * - `own`: only resources that belong to the principal (their own entries, reports, pace).
 */
export type GrantScope = 'any' | 'responsibilities' | 'own';

export type RoleGrants = Readonly<Partial<Record<Permission, GrantScope>>>;

const everything = (except: readonly Permission[] = []): RoleGrants =>
  Object.fromEntries(
    PERMISSIONS.filter((permission) => !except.includes(permission)).map(
      (p) => [p, 'any'],
    ),
  );

/** The single policy: what each role may do, and how far. A principal holds the union of their roles. */
export const ROLE_GRANTS: Readonly<Record<Role, RoleGrants>> = {
  admin: everything(),
  finance: everything(['members.manage']),
  auditor: Object.fromEntries(
    READ_PERMISSIONS.map((permission) => [permission, 'any']),
  ),
  responsible: {
    'organisation.read': 'any',
    'members.read': 'any',
    'teams.read': 'any',
    'clients.read': 'responsibilities',
    'projects.read': 'responsibilities',
    'projects.write': 'responsibilities',
    'time.read.own': 'own',
    'time.write.own': 'own',
    'time.read.any': 'responsibilities',
    'time.write.any': 'responsibilities',
    'time.adjust': 'responsibilities',
    'close.read': 'any',
    'reports.read': 'responsibilities',
    'reports.export': 'responsibilities',
    'reports.share': 'responsibilities',
    'reports.save': 'own',
    'pace.read': 'responsibilities',
  },
  member: {
    'organisation.read': 'any',
    // Members pick clients, projects and teams when tracking time: they see their names, not their money.
    'teams.read': 'any',
    'clients.read': 'any',
    'projects.read': 'any',
    'time.read.own': 'own',
    'time.write.own': 'own',
    'close.read': 'any',
    'reports.read': 'own',
    'reports.export': 'own',
    'reports.share': 'own',
    'reports.save': 'own',
    'pace.read': 'own',
  },
};
