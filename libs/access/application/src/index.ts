export { AccessModule } from './lib/access.module';
export {
  ACCESS_ENTITIES,
  ACCESS_MIGRATIONS,
  ACCESS_PROJECTIONS,
} from './lib/access-persistence';
export {
  RequirePermission,
  AuthenticatedOnly,
  type AccessRequirement,
} from './lib/authorization/access-requirement';
export { CurrentPrincipal } from './lib/authorization/current-principal.decorator';
export { AccessPolicy } from './lib/authorization/access-policy';
export type { QueryScope } from './lib/authorization/query-scope';
export { PrincipalResolver } from './lib/authorization/principal-resolver';
export { mapForbiddenError } from './lib/authorization/forbidden-response';
export {
  MemberAccounts,
  type NewMemberAccount,
  MIN_PASSWORD_LENGTH,
} from './lib/accounts/member-accounts';
export { SEED_ACTOR } from './lib/accounts/first-admin-seeder';
export {
  IdentityProvider,
  type VerifiedIdentity,
} from './lib/authentication/identity-provider';
export type {
  AccessUser,
  AuthenticationMethod,
} from './lib/members/access-user';
export {
  AccessMembersProjection,
  ACCESS_MEMBERS_PROJECTION,
} from './lib/members/access-members.projection';
export {
  AccessResponsibilitiesProjection,
  ACCESS_RESPONSIBILITIES_PROJECTION,
} from './lib/responsibilities/access-responsibilities.projection';
export { findUndeclaredRoutes } from './lib/authorization/undeclared-routes';
