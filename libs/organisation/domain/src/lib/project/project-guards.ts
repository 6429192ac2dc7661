import {
  NotFoundError,
  ProjectId,
  RuleViolationError,
} from '@billing/shared/kernel';
import { ExistingProject, ProjectState } from './project.state';

export function existingProject(
  state: ProjectState,
  projectId: ProjectId,
): ExistingProject {
  if (state.status === 'none') throw new NotFoundError('Project', projectId);
  return state;
}

/** Archived projects are read-only: nothing about them, their tasks or milestones changes until unarchived. */
export function modifiableProject(
  state: ProjectState,
  projectId: ProjectId,
): ExistingProject {
  const project = existingProject(state, projectId);
  if (project.status === 'archived') {
    throw new RuleViolationError(
      'PROJECT_ARCHIVED',
      `Project ${projectId} is archived; unarchive it first`,
    );
  }
  return project;
}

export const sameIds = (
  left: readonly string[],
  right: readonly string[],
): boolean =>
  left.length === right.length && left.every((id) => right.includes(id));
