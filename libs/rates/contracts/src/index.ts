export * from './lib/rates';
