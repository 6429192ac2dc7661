import { PeriodDetailView } from '@billing/closing/contracts';
import { closedPeriodOf, monthDays } from './closed-periods';

const detail = (status: PeriodDetailView['status'], kinds: Array<'closed' | 'reopened'>): PeriodDetailView =>
  ({
    key: '2026-02',
    status,
    history: kinds.map((kind, index) => ({ revision: index, kind, actor: `m${index}`, occurredAt: `2026-03-0${index + 1}T10:00:00.000Z`, organisationWide: true, teamIds: [], reason: null })),
  }) as unknown as PeriodDetailView;

describe('closed periods', () => {
  it('spans the whole month, leap years included', () => {
    expect(monthDays('2026-02')).toEqual({ fromDay: '2026-02-01', toDay: '2026-02-28' });
    expect(monthDays('2028-02').toDay).toBe('2028-02-29');
    expect(monthDays('2026-12').toDay).toBe('2026-12-31');
  });

  it('takes the latest close of a closed period, and none of an open one', () => {
    expect(closedPeriodOf(detail('closed', ['closed', 'reopened', 'closed']))).toMatchObject({ closedAt: '2026-03-03T10:00:00.000Z', closedBy: 'm2' });
    expect(closedPeriodOf(detail('open', ['closed', 'reopened']))).toBeNull();
  });
});
