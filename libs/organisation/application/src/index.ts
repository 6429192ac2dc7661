export * from './lib/organisation-application.module';
export { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS } from './lib/read-models';
export {
  DEMO_CLIENTS,
  DEMO_MEMBERS,
  DEMO_PROJECTS,
  DEMO_SETTINGS,
  type DemoMember,
  type DemoProject,
} from './lib/seed/demo-organisation';
