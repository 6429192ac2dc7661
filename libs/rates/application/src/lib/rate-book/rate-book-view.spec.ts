import { type RateBookEvent, rateBookFrom } from '@billing/rates/domain';
import { rateBookView, scopeOfKey } from './rate-book-view';

const organisationId = '00000000-0000-4000-8000-000000000001';
const projectId = '00000000-0000-4000-8000-00000000b001';
const memberId = '00000000-0000-4000-8000-00000000a11c';

const set = (effectiveFrom: string, amountMinor: number): RateBookEvent =>
  ({
    type: 'billable-rate-set',
    data: {
      organisationId,
      scope: { level: 'member-on-project', memberId, projectId },
      effectiveFrom,
      ratePerHour: { amountMinor, currency: 'EUR' },
      replacedRate: null,
      reason: null,
    },
  }) as RateBookEvent;

describe('rate book view', () => {
  it('lists a scope history with each rate valid until the day before the next one', () => {
    const view = rateBookView(
      rateBookFrom([set('2026-03-16', 13_000), set('2026-01-01', 12_000)]),
      1,
    );
    expect(view.billable).toEqual([
      {
        key: `member-on-project:${memberId}:${projectId}`,
        scope: { level: 'member-on-project', memberId, projectId },
        history: [
          {
            validFrom: '2026-01-01',
            validUntil: '2026-03-15',
            ratePerHour: { amountMinor: 12_000, currency: 'EUR' },
          },
          {
            validFrom: '2026-03-16',
            validUntil: null,
            ratePerHour: { amountMinor: 13_000, currency: 'EUR' },
          },
        ],
      },
    ]);
  });

  it('reads scopes back from their keys', () => {
    expect(scopeOfKey('organisation')).toEqual({ level: 'organisation' });
    expect(scopeOfKey(`task:${projectId}:t1`)).toEqual({
      level: 'task',
      projectId,
      taskId: 't1',
    });
    expect(scopeOfKey('nonsense:1')).toBeNull();
  });
});
