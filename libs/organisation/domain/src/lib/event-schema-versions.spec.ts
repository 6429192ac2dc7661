import {
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
  ORGANISATION_EVENT_TYPES,
  organisationStreams,
} from './event-schema-versions';

describe('stored event names', () => {
  it('are kebab-case, past tense and versioned', () => {
    for (const type of ORGANISATION_EVENT_TYPES) {
      expect(type).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(type).toMatch(/(^|-)([a-z]+ed|set-up)(-|$)/); // registered, assigned-to, ... set-up
      expect(ORGANISATION_EVENT_SCHEMA_VERSIONS[type]).toBeGreaterThanOrEqual(
        1,
      );
    }
    expect(ORGANISATION_EVENT_TYPES).toHaveLength(31);
  });

  it('stream names are category-prefixed', () => {
    expect(organisationStreams.teamMembership('m-1')).toBe(
      'team-membership-m-1',
    );
    expect(organisationStreams.project('p-1')).toBe('project-p-1');
  });
});
