/** How far a list query may reach for a permission: filter by it before reading. */
export type QueryScope =
  | { kind: 'all' }
  | {
      kind: 'responsibilities';
      clientIds: readonly string[];
      projectIds: readonly string[];
      teamIds: readonly string[];
      /** Set when the principal may also see their own data under this permission (e.g. responsible + member). */
      ownMemberId?: string;
    }
  | { kind: 'own'; memberId: string };
