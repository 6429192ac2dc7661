export * from './lib/billing-domain';
