import { CreatePaceReadModels1767800000000 } from './migrations/1767800000000-create-pace-read-models';
import { PaceProjection } from './read-model/pace.projection';

/** Migrations of Pace (read model, look-ups, notifications). */
export const PACE_MIGRATIONS = [CreatePaceReadModels1767800000000];

/** Projections to register with `ProjectionsModule.forRoot`. */
export const PACE_PROJECTIONS = [PaceProjection];
