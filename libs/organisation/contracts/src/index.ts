export * from './lib/common';
export * from './lib/organisation-settings';
export * from './lib/members';
export * from './lib/teams';
export * from './lib/clients';
export * from './lib/projects';
export * from './lib/tasks-and-milestones';
