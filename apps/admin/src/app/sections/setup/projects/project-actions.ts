import { ProjectView } from '@billing/organisation/contracts';
import { RowAction } from '../shared/row-actions';

export type ProjectActionName = 'complete' | 'archive' | 'reopen';

/** The status actions a project in its current status offers. */
export function availableProjectActions(project: Pick<ProjectView, 'status'>): ProjectActionName[] {
  switch (project.status) {
    case 'active':
      return ['complete', 'archive'];
    case 'completed':
      return ['reopen', 'archive'];
    case 'archived':
      return ['reopen'];
  }
}

export const PROJECT_ACTION_LABELS: Readonly<Record<ProjectActionName, string>> = {
  complete: 'Mark completed',
  archive: 'Archive',
  reopen: 'Reopen',
};

export function projectAction(project: ProjectView, action: ProjectActionName): RowAction {
  const base = { path: `/projects/${project.id}/${action}`, revision: project.revision };
  switch (action) {
    case 'complete':
      return {
        ...base,
        confirm: { title: `Complete ${project.name}?`, message: 'No new time can be tracked on a completed project.', confirmLabel: 'Complete' },
        done: `${project.name} completed`,
      };
    case 'archive':
      return {
        ...base,
        confirm: {
          title: `Archive ${project.name}?`,
          message: 'Archived projects disappear from pickers and get no new time or tasks. Their history stays.',
          confirmLabel: 'Archive',
        },
        done: `${project.name} archived`,
      };
    case 'reopen':
      return { ...base, done: `${project.name} is active again` };
  }
}
