export { RatesApplicationModule } from './lib/rates-application.module';
export { RateBookStore, rateBookCodec } from './lib/shared/rate-book-store';
export {
  OrganisationLookup,
  roundingOf,
  type OrganisationFacts,
  type ProjectFacts,
} from './lib/shared/organisation-lookup';
export {
  ENTRY_COLUMNS,
  valueEntryRow,
  type EntrySqlRow,
} from './lib/shared/entry-rows';
export { commandBasics } from './lib/shared/command-basics';
export { IsLocalDateText, LOCAL_DATE_PATTERN } from './lib/shared/validators';
export { SetRateCommand, type RateToSet } from './lib/rate-book/set-rate';
