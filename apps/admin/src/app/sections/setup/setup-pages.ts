import { AppPermission } from '../../core/auth/permissions';

export type SetupPageId = 'organisation' | 'members' | 'teams' | 'clients' | 'projects';

export interface SetupPage {
  readonly id: SetupPageId;
  readonly label: string;
  /** Needed to open the page. */
  readonly read: AppPermission;
  /** Needed to create, change, archive. Without it the page is read-only. */
  readonly write: AppPermission;
}

/** The Setup sub-navigation, in order. */
export const SETUP_PAGES: readonly SetupPage[] = [
  { id: 'organisation', label: 'Organisation', read: 'organisation.read', write: 'organisation.manage' },
  { id: 'members', label: 'Members', read: 'members.read', write: 'members.manage' },
  { id: 'teams', label: 'Teams', read: 'teams.read', write: 'teams.write' },
  { id: 'clients', label: 'Clients', read: 'clients.read', write: 'clients.write' },
  { id: 'projects', label: 'Projects', read: 'projects.read', write: 'projects.write' },
];

export function setupPage(id: SetupPageId): SetupPage {
  const page = SETUP_PAGES.find((candidate) => candidate.id === id);
  if (!page) {
    throw new Error(`Unknown setup page: ${id}`);
  }
  return page;
}

export function visibleSetupPages(permissions: ReadonlySet<string>): SetupPage[] {
  return SETUP_PAGES.filter((page) => permissions.has(page.read));
}
