export * from './lib/shared-kernel';
