export const PROJECT_STATUSES = ['active', 'completed', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * Legal moves: complete an active project, reopen a completed one, archive either, and bring an archived
 * project back to active. Everything else (including staying put) is refused.
 */
const LEGAL_TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  active: ['completed', 'archived'],
  completed: ['active', 'archived'],
  archived: ['active'],
};

export function isLegalProjectTransition(
  from: ProjectStatus,
  to: ProjectStatus,
): boolean {
  return LEGAL_TRANSITIONS[from].includes(to);
}
