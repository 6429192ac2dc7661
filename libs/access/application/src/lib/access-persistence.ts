import { AuthAccount } from './auth-account.entity';
import { AuthRefreshToken } from './auth-refresh-token.entity';
import { CreateAuthTables1767225600000 } from './migrations/1767225600000-create-auth-tables';

export const AUTH_ENTITIES = [AuthAccount, AuthRefreshToken];
export const AUTH_MIGRATIONS = [CreateAuthTables1767225600000];
