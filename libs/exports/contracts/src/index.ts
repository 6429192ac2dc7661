export * from './lib/exports';
