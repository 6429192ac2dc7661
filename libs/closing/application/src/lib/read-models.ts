import { TeamsReopenedOutOfOrganisationClose1769900001000 } from './migrations/1769900001000-teams-reopened-out-of-organisation-close';
import { CreateClosingReadModels1767700000000 } from './migrations/1767700000000-create-closing-read-models';
import { ClosingPeriodsProjection } from './read-models/periods/periods.projection';

/** Migrations of the close, after time tracking's (its projection fills `tt_closed_periods`). */
export const CLOSING_MIGRATIONS = [CreateClosingReadModels1767700000000, TeamsReopenedOutOfOrganisationClose1769900001000];

/** Projections to register with `ProjectionsModule.forRoot`. */
export const CLOSING_PROJECTIONS = [ClosingPeriodsProjection];
