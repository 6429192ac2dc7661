import { Role } from '../auth/role';
import { SECTION_IDS, SectionId } from './section';

/** Which roles see which section. A person holding several roles sees the union. */
export const SECTION_ACCESS: Readonly<Record<SectionId, readonly Role[]>> = {
  time: ['admin', 'finance', 'responsible', 'member'],
  reports: ['admin', 'finance', 'responsible', 'member', 'auditor'],
  billing: ['admin', 'finance'],
  close: ['admin', 'finance'],
  pace: ['admin', 'finance', 'responsible', 'member'],
  audit: ['admin', 'finance', 'auditor'],
  setup: ['admin', 'finance'],
};

/** The sections someone with these roles may open, in navigation order. Pure. */
export function visibleSectionIds(roles: readonly string[]): SectionId[] {
  return SECTION_IDS.filter((id) => SECTION_ACCESS[id].some((role) => roles.includes(role)));
}

export function canOpenSection(roles: readonly string[], section: SectionId): boolean {
  return visibleSectionIds(roles).includes(section);
}
