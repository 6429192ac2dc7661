import { Decider, assertNever } from '@billing/shared/kernel';
import {
  addMilestone,
  changeMilestone,
  completeMilestone,
  removeMilestone,
} from './decide-milestone';
import {
  changeProjectBillingModel,
  changeProjectDetails,
  changeProjectMembers,
  changeProjectResponsibles,
  changeProjectStatus,
  createProject,
} from './decide-project-lifecycle';
import { addTask, archiveTask, changeTask } from './decide-task';
import { ProjectCommand, ProjectDecisionContext } from './project.commands';
import { ProjectEvent } from './project.events';
import {
  ProjectState,
  evolveProject,
  initialProjectState,
} from './project.state';

/** Projects own their tasks and milestones: "no task on an archived project" and "milestones within the fee" are
 * invariants of one stream. */
export function decideProject(
  command: ProjectCommand,
  state: ProjectState,
  context: ProjectDecisionContext = {},
): ProjectEvent[] {
  switch (command.type) {
    case 'create-project':
      return createProject(command, state, context);
    case 'change-project-details':
      return changeProjectDetails(command, state);
    case 'change-project-billing-model':
      return changeProjectBillingModel(command, state);
    case 'change-project-responsibles':
      return changeProjectResponsibles(command, state);
    case 'change-project-members':
      return changeProjectMembers(command, state);
    case 'change-project-status':
      return changeProjectStatus(command, state);
    case 'add-task':
      return addTask(command, state);
    case 'change-task':
      return changeTask(command, state);
    case 'archive-task':
      return archiveTask(command, state);
    case 'add-milestone':
      return addMilestone(command, state);
    case 'change-milestone':
      return changeMilestone(command, state);
    case 'complete-milestone':
      return completeMilestone(command, state);
    case 'remove-milestone':
      return removeMilestone(command, state);
    default:
      return assertNever(command, 'project command');
  }
}

export const projectDecider: Decider<
  ProjectCommand,
  ProjectState,
  ProjectEvent,
  ProjectDecisionContext
> = {
  decide: decideProject,
  evolve: evolveProject,
  initialState: initialProjectState,
};
