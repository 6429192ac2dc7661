export * from './lib/port/types';
export * from './lib/port/errors';
