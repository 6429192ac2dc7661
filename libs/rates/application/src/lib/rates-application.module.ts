import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from '@billing/access/application';
import {
  RateExplanationController,
  RateExplanationHandler,
} from './explanation/rate-explanation';
import {
  GetRateBookController,
  GetRateBookHandler,
} from './rate-book/get-rate-book';
import {
  RemoveRateController,
  RemoveRateHandler,
} from './rate-book/remove-rate';
import { SetRateController, SetRateHandler } from './rate-book/set-rate';
import { OrganisationLookup } from './shared/organisation-lookup';
import { RateBookStore } from './shared/rate-book-store';

/**
 * Rates: /rates (the rate book, billable and cost rates) and "why this rate" for a time entry. The rate book is
 * one stream per organisation, read whole; no read model is needed. Needs from the host: EVENT_STORE, the
 * EventSourcingModule, CLOCK, a DataSource with the organisation's and time tracking's tables.
 */
@Module({
  imports: [CqrsModule, AccessModule],
  controllers: [
    GetRateBookController,
    SetRateController,
    RemoveRateController,
    RateExplanationController,
  ],
  providers: [
    OrganisationLookup,
    RateBookStore,
    GetRateBookHandler,
    SetRateHandler,
    RemoveRateHandler,
    RateExplanationHandler,
  ],
  exports: [OrganisationLookup, RateBookStore],
})
export class RatesApplicationModule {}
