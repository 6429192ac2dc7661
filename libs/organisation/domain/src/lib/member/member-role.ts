export const MEMBER_ROLES = [
  'admin',
  'finance',
  'responsible',
  'member',
  'auditor',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export function isMemberRole(value: unknown): value is MemberRole {
  return MEMBER_ROLES.includes(value as MemberRole);
}
