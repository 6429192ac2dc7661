import {
  asId,
  ClientId,
  MemberId,
  MilestoneId,
  OrganisationId,
  ProjectId,
  TaskId,
  TeamId,
} from '@billing/shared/kernel';

const uuid = (n: number): string =>
  `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const ids = {
  organisation: asId<'Organisation'>(uuid(1)) as OrganisationId,
  admin: asId<'Member'>(uuid(10)) as MemberId,
  alice: asId<'Member'>(uuid(11)) as MemberId,
  bob: asId<'Member'>(uuid(12)) as MemberId,
  teamA: asId<'Team'>(uuid(20)) as TeamId,
  teamB: asId<'Team'>(uuid(21)) as TeamId,
  client: asId<'Client'>(uuid(30)) as ClientId,
  project: asId<'Project'>(uuid(40)) as ProjectId,
  task: asId<'Task'>(uuid(50)) as TaskId,
  task2: asId<'Task'>(uuid(51)) as TaskId,
  milestone1: asId<'Milestone'>(uuid(60)) as MilestoneId,
  milestone2: asId<'Milestone'>(uuid(61)) as MilestoneId,
};

export const actorId = ids.admin;
