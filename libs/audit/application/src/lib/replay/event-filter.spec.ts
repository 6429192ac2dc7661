import type { Position, RecordedEvent } from '@billing/event-store';
import { matchesFilter } from './event-filter';

const event = (streamId: string, type: string): RecordedEvent => ({
  id: 'e',
  streamId,
  type,
  schemaVersion: 1,
  revision: 0,
  position: '1' as Position,
  data: {},
  metadata: { actor: 'a', occurredAt: '', correlationId: 'c', recordedAt: '', hash: '', previousHash: '' },
});

describe('matchesFilter', () => {
  it('takes every event without a filter', () => {
    expect(matchesFilter(undefined, event('member-1', 'member-registered'))).toBe(true);
  });

  it('needs a matching prefix and a matching type when both are given', () => {
    const filter = { streamPrefixes: ['time-entry-'], eventTypes: ['time-entry-started'] };
    expect(matchesFilter(filter, event('time-entry-1', 'time-entry-started'))).toBe(true);
    expect(matchesFilter(filter, event('time-entry-1', 'time-entry-stopped'))).toBe(false);
    expect(matchesFilter(filter, event('member-1', 'time-entry-started'))).toBe(false);
  });

  it('checks only the part that is given', () => {
    expect(matchesFilter({ eventTypes: ['invoice-issued'] }, event('invoice-9', 'invoice-issued'))).toBe(true);
    expect(matchesFilter({ streamPrefixes: ['client-'] }, event('client-2', 'anything'))).toBe(true);
    expect(matchesFilter({ streamPrefixes: ['client-'] }, event('project-2', 'anything'))).toBe(false);
  });
});
