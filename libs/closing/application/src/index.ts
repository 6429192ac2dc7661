export * from './lib/closing-application.module';
export { CLOSING_MIGRATIONS, CLOSING_PROJECTIONS } from './lib/read-models';
export { CLOSING_PERIODS_PROJECTION, ClosingPeriodsProjection } from './lib/read-models/periods/periods.projection';
