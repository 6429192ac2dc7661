import { AUDIT_ENTITY_TYPES, AUDIT_LOG_ORDERS } from '../index';

describe('audit contracts', () => {
  it('list the entity types and orders the API accepts', () => {
    expect(AUDIT_ENTITY_TYPES).toContain('time-entry');
    expect(AUDIT_ENTITY_TYPES[AUDIT_ENTITY_TYPES.length - 1]).toBe('other');
    expect(AUDIT_LOG_ORDERS).toEqual(['newest-first', 'oldest-first']);
  });
});
