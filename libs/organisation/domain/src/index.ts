export * from './lib/shared/messages';
export * from './lib/event-schema-versions';

export * from './lib/organisation/invoice-number-format';
export * from './lib/organisation/submission-deadline-rule';
export * from './lib/organisation/organisation.events';
export * from './lib/organisation/organisation.commands';
export * from './lib/organisation/organisation.state';
export {
  decideOrganisation,
  organisationDecider,
} from './lib/organisation/organisation.decide';

export * from './lib/member/member-role';
export * from './lib/member/member.events';
export * from './lib/member/member.commands';
export * from './lib/member/member.state';
export {
  decideMember,
  memberDecider,
  normaliseEmail,
} from './lib/member/member.decide';

export * from './lib/team/team.events';
export * from './lib/team/team.commands';
export * from './lib/team/team-of-member-on';
export * from './lib/team/team.decide';
export * from './lib/team/team-membership.decide';

export * from './lib/client/client.events';
export * from './lib/client/client.commands';
export * from './lib/client/client.decide';

export * from './lib/project/billing-model';
export * from './lib/project/project-status';
export * from './lib/project/project.events';
export * from './lib/project/project.commands';
export * from './lib/project/project.state';
export { decideProject, projectDecider } from './lib/project/project.decide';
