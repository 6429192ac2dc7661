export * from './lib/invoices';
export * from './lib/marks';
export * from './lib/audit';
