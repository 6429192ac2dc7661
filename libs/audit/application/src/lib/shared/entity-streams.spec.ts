import { entityOfStream, streamOfEntity } from './entity-streams';

describe('entity of a stream', () => {
  it.each([
    ['time-entry-3f1c0a52-0000-4000-8000-000000000001', 'time-entry', '3f1c0a52-0000-4000-8000-000000000001'],
    ['timer-m1', 'timer', 'm1'],
    ['team-membership-m1', 'team-membership', 'm1'],
    ['team-t1', 'team', 't1'],
    ['invoice-numbering-2026', 'invoice-numbering', '2026'],
    ['invoice-i1', 'invoice', 'i1'],
    ['period-2026-01', 'period', '2026-01'],
    ['client-', 'other', 'client-'],
    ['something-else', 'other', 'something-else'],
  ])('%s is %s %s and maps back', (stream, entityType, entityId) => {
    const entity = entityOfStream(stream);
    expect(entity).toEqual({ entityType, entityId });
    expect(streamOfEntity(entity)).toBe(stream);
  });
});
