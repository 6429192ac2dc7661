// Rate book (stream `rate-book-<organisationId>`)
export * from './lib/rate-book/rate-scope';
export * from './lib/rate-book/rate-book.events';
export * from './lib/rate-book/rate-book.commands';
export * from './lib/rate-book/rate-book.state';
export * from './lib/rate-book/rate-book.decide';
export type { DomainCommand, DomainEvent } from './lib/shared/messages';

// Resolution ("why this rate") and valuation of entries
export * from './lib/resolution/resolve-rate';
export * from './lib/resolution/explain-rate';
export * from './lib/valuation/value-entry';
