export * from './lib/organisation-application.module';
export { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS } from './lib/read-models';
