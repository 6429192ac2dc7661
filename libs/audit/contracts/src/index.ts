export * from './lib/entity-types';
export * from './lib/audit-log';
export * from './lib/entity-history';
export * from './lib/verification';
export * from './lib/projections';
export * from './lib/seals';
export * from './lib/replay';
