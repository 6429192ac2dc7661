/** Every permission the product checks. Reads end in `.read`/`.read.*` or are listed as reads below. */
export const PERMISSIONS = [
  'organisation.read',
  'organisation.manage',
  'members.read',
  'members.manage',
  'teams.read',
  'teams.write',
  'clients.read',
  'clients.write',
  'projects.read',
  'projects.write',
  'time.read.own',
  'time.read.any',
  'time.write.own',
  'time.write.any',
  /** Posting an adjusting entry: a signed correction of an entry of a closed period, into an open one. */
  'time.adjust',
  'rates.read',
  'rates.write',
  'billing.read',
  'billing.write',
  'billing.issue',
  'close.read',
  'close.manage',
  'reports.read',
  'reports.export',
  'reports.share',
  /** Saving a report definition: a write, so auditors (who change nothing) do not hold it. */
  'reports.save',
  'pace.read',
  'audit.read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Permissions that change nothing; the auditor holds exactly these. Exporting a report is a read. */
export const READ_PERMISSIONS: readonly Permission[] = [
  'organisation.read',
  'members.read',
  'teams.read',
  'clients.read',
  'projects.read',
  'time.read.own',
  'time.read.any',
  'rates.read',
  'billing.read',
  'close.read',
  'reports.read',
  'reports.export',
  'pace.read',
  'audit.read',
];

export function isPermission(value: unknown): value is Permission {
  return PERMISSIONS.includes(value as Permission);
}

export const ROLES = [
  'admin',
  'finance',
  'responsible',
  'member',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];
