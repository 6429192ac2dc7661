import { AuthApiToken } from './api-tokens/auth-api-token.entity';
import { AuthAccount } from './authentication/auth-account.entity';
import { AuthRefreshToken } from './authentication/auth-refresh-token.entity';
import { AccessMember } from './members/access-member.entity';
import { AccessMembersProjection } from './members/access-members.projection';
import { CreateAuthTables1767225600000 } from './migrations/1767225600000-create-auth-tables';
import { LinkAccountsToMembers1767400000000 } from './migrations/1767400000000-link-accounts-to-members';
import { CreateAccessReadModels1767400000100 } from './migrations/1767400000100-create-access-read-models';
import { AccessResponsibility } from './responsibilities/access-responsibility.entity';
import { AccessResponsibilitiesProjection } from './responsibilities/access-responsibilities.projection';

/** TypeORM entities of the access context: the host's DataSource must list them. */
export const ACCESS_ENTITIES = [
  AuthAccount,
  AuthRefreshToken,
  AuthApiToken,
  AccessMember,
  AccessResponsibility,
];

/** Migrations of the access context, in order (they need the event store's tables for nothing). */
export const ACCESS_MIGRATIONS = [
  CreateAuthTables1767225600000,
  LinkAccountsToMembers1767400000000,
  CreateAccessReadModels1767400000100,
];

/** Projections to list in the host's `ProjectionsModule.forRoot({ projections })`. */
export const ACCESS_PROJECTIONS = [
  AccessMembersProjection,
  AccessResponsibilitiesProjection,
];
