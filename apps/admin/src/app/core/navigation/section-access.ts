import { AppPermission } from '../auth/permissions';
import { SECTION_IDS, SectionId } from './section';

/** Which permissions open which section: any one of them is enough. */
export const SECTION_ACCESS: Readonly<Record<SectionId, readonly AppPermission[]>> = {
  time: ['time.write.own', 'time.write.any'],
  reports: ['reports.read'],
  billing: ['billing.write'],
  close: ['close.manage'],
  pace: ['pace.read'],
  audit: ['audit.read'],
  setup: ['organisation.manage', 'members.manage', 'teams.write', 'clients.write', 'projects.write'],
};

/** The sections someone with these permissions may open, in navigation order. Pure. */
export function visibleSectionIds(permissions: ReadonlySet<string>): SectionId[] {
  return SECTION_IDS.filter((id) => SECTION_ACCESS[id].some((permission) => permissions.has(permission)));
}

export function canOpenSection(permissions: ReadonlySet<string>, section: SectionId): boolean {
  return visibleSectionIds(permissions).includes(section);
}
