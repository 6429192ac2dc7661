export type { DomainCommand, DomainEvent } from './lib/shared/messages';
export * from './lib/event-schema-versions';

// Inputs from other contexts (local shapes)
export * from './lib/inputs/billing-inputs';

// Lines, discounts and totals
export * from './lib/lines/invoice-line';
export * from './lib/lines/invoice-totals';
export * from './lib/periods/billing-period';

// Billing runs: drafting per billing model
export * from './lib/drafting/draft-hourly';
export * from './lib/drafting/draft-fixed-fee';
export * from './lib/drafting/draft-per-period';
export * from './lib/drafting/propose-invoice-draft';

// Invoice aggregate (stream `invoice-<invoiceId>`)
export * from './lib/invoice/invoice.events';
export * from './lib/invoice/invoice.commands';
export * from './lib/invoice/invoice.state';
export * from './lib/invoice/invoice.decide';

// Gapless numbering (stream `invoice-numbering-<organisationId>`)
export * from './lib/numbering/invoice-numbering';
