export * from './lib/permissions';
export * from './lib/role-grants';
export * from './lib/authorize';
