import { CreateExportReadModel1768300000000 } from './migrations/1768300000000-create-export-read-model';
import { ExportsProjection } from './read-model/exports.projection';

export const EXPORTS_MIGRATIONS = [CreateExportReadModel1768300000000];
export const EXPORTS_PROJECTIONS = [ExportsProjection];
