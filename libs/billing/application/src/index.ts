export { BillingApplicationModule } from './lib/billing-application.module';
export { BILLING_MIGRATIONS, BILLING_PROJECTIONS } from './lib/read-models';
export { INVOICES_PROJECTION } from './lib/read-models/invoices.projection';
export { INVOICE_ENTRY_MARKING_REACTOR } from './lib/process/invoice-entry-marking.reactor';
