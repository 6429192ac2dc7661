import { CreateBillingReadModels1768200000000 } from './migrations/1768200000000-create-billing-read-models';
import { InvoiceEntryMarkingReactor } from './process/invoice-entry-marking.reactor';
import { InvoicesProjection } from './read-models/invoices.projection';

/** Migrations of billing (after time tracking's and the organisation's). Its tables are written with SQL, no entities. */
export const BILLING_MIGRATIONS = [CreateBillingReadModels1768200000000];

/** Register with `ProjectionsModule.forRoot`: the invoice list, and the reactor that completes entry marks. */
export const BILLING_PROJECTIONS = [
  InvoicesProjection,
  InvoiceEntryMarkingReactor,
];
