import type { ExportScope } from './export.events';

const within = (part: readonly string[], whole: readonly string[]): boolean => part.every((id) => whole.includes(id));

/**
 * Whether `current` (what the requester may see now) still reaches every row `granted` (the scope the file was
 * written in) could hold. Responsibilities compare id by id: a narrower set, or a project traded for its client,
 * counts as narrower, so the file is refused rather than shown beyond the current scope.
 */
export function scopeCovers(current: ExportScope, granted: ExportScope): boolean {
  if (current.kind === 'all') return true;
  if (granted.kind === 'all') return false;
  if (granted.kind === 'own') {
    return current.kind === 'own' ? current.memberId === granted.memberId : current.ownMemberId === granted.memberId;
  }
  if (current.kind === 'own') return false;
  return (
    within(granted.clientIds, current.clientIds) &&
    within(granted.projectIds, current.projectIds) &&
    within(granted.teamIds, current.teamIds) &&
    (granted.ownMemberId === undefined || granted.ownMemberId === current.ownMemberId)
  );
}
