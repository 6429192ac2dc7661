import type { RecordedEvent } from '@billing/event-store';
import { entityOfStream } from '../shared/entity-streams';
import { reasonOf } from './audit-log.projection';

/** An adjusting entry as time tracking stores it: the reason in its data and, from the api, in the metadata too. */
const adjustmentPosted = (metadataReason?: string): RecordedEvent =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    streamId: 'time-entry-00000000-0000-4000-8000-0000000000ad',
    type: 'time-entry-adjustment-posted',
    schemaVersion: 1,
    revision: 0,
    position: 1n,
    data: { entryId: '00000000-0000-4000-8000-0000000000ad', durationSeconds: -1800, reason: 'Half an hour was a break' },
    metadata: { actor: '00000000-0000-4000-8000-0000000000f1', recordedAt: '2026-04-02T09:00:00Z', ...(metadataReason ? { reason: metadataReason } : {}) },
  }) as unknown as RecordedEvent;

describe('audit log rows of adjusting entries', () => {
  it('carry the reason, from the metadata or else from the data, on the entry the adjustment is', () => {
    expect(reasonOf(adjustmentPosted('Half an hour was a break (api)'))).toBe('Half an hour was a break (api)');
    expect(reasonOf(adjustmentPosted())).toBe('Half an hour was a break');
    expect(entityOfStream(adjustmentPosted().streamId)).toEqual({ entityType: 'time-entry', entityId: '00000000-0000-4000-8000-0000000000ad' });
  });
});
