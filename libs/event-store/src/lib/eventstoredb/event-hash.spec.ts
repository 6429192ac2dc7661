import { createHash } from 'node:crypto';
import { computeEventHash, type HashedContent } from './event-hash';

const content: HashedContent = {
  stream: 'time-entry-1',
  revision: 0,
  eventId: '5f0c2b7e-1d1c-4c55-9a39-0d2b8d1f3a10',
  type: 'time-entry-logged',
  schemaVersion: 1,
  data: { minutes: 90, note: 'review' },
  callerMetadata: {
    actor: 'member-1',
    occurredAt: '2026-01-01T09:00:00.000Z',
    correlationId: 'c-1',
  },
  previousHash: '',
};

describe('computeEventHash', () => {
  it('is the SHA-256 of the canonical serialisation', () => {
    const canonical =
      '{"data":{"minutes":90,"note":"review"},"eventId":"5f0c2b7e-1d1c-4c55-9a39-0d2b8d1f3a10",' +
      '"metadata":{"actor":"member-1","correlationId":"c-1","occurredAt":"2026-01-01T09:00:00.000Z"},' +
      '"previousHash":"","revision":0,"schemaVersion":1,"stream":"time-entry-1","type":"time-entry-logged"}';
    expect(computeEventHash(content)).toBe(
      createHash('sha256').update(canonical).digest('hex'),
    );
    expect(computeEventHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores key order in data and metadata', () => {
    const reordered = {
      ...content,
      data: { note: 'review', minutes: 90 },
      callerMetadata: {
        correlationId: 'c-1',
        occurredAt: '2026-01-01T09:00:00.000Z',
        actor: 'member-1',
      },
    };
    expect(computeEventHash(reordered)).toBe(computeEventHash(content));
  });

  it.each<[string, Partial<HashedContent>]>([
    ['stream', { stream: 'time-entry-2' }],
    ['revision', { revision: 1 }],
    ['event id', { eventId: '00000000-0000-4000-8000-000000000000' }],
    ['type', { type: 'time-entry-corrected' }],
    ['schema version', { schemaVersion: 2 }],
    ['data', { data: { minutes: 91, note: 'review' } }],
    [
      'caller metadata',
      { callerMetadata: { ...content.callerMetadata, reason: 'typo' } },
    ],
    ['previous hash', { previousHash: 'a'.repeat(64) }],
  ])('changes when the %s changes', (_, change) => {
    expect(computeEventHash({ ...content, ...change })).not.toBe(
      computeEventHash(content),
    );
  });
});
