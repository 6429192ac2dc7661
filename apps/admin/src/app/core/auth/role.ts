/** The roles a person can hold; permissions are the union of all roles held. */
export const ROLES = ['admin', 'finance', 'responsible', 'member', 'auditor'] as const;

export type Role = (typeof ROLES)[number];
