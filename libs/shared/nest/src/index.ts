export * from './lib/shared-nest.module';
