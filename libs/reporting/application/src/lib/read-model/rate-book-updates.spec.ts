import {
  emptyRateBook,
  evolveRateBook,
  type RateBook,
  type RateBookEvent,
} from '@billing/rates/domain';
import { affectedRows } from './rate-book-updates';

const ORG = '00000000-0000-4000-8000-000000000001' as never;
const PROJECT = '00000000-0000-4000-8000-0000000000a1' as never;
const MEMBER = '00000000-0000-4000-8000-0000000000b1' as never;
const eur = (amountMinor: number) => ({
  amountMinor,
  currency: 'EUR' as never,
});

const projectRate = (effectiveFrom: string, amount: number): RateBookEvent => ({
  type: 'billable-rate-set',
  data: {
    organisationId: ORG,
    scope: { level: 'project', projectId: PROJECT },
    effectiveFrom: effectiveFrom as never,
    ratePerHour: eur(amount),
    replacedRate: null,
    reason: null,
  },
});

const fold = (events: RateBookEvent[]): RateBook =>
  events.reduce(evolveRateBook, emptyRateBook);

describe('rows a rate event can change', () => {
  it('a new step: billable rows of the scope from its day up to the next step of the same scope', () => {
    const before = fold([
      projectRate('2026-01-01', 100),
      projectRate('2026-06-01', 300),
    ]);
    const event = projectRate('2026-03-15', 200);
    expect(affectedRows(event, before, evolveRateBook(before, event))).toEqual({
      sql: 'e.billable and e.project_id = $3::uuid and e.local_day >= $4::date and e.local_day < $5::date',
      parameters: [PROJECT, '2026-03-15', '2026-06-01'],
    });
  });

  it('the last step: every later day', () => {
    const before = fold([projectRate('2026-01-01', 100)]);
    const event = projectRate('2026-03-15', 200);
    expect(
      affectedRows(event, before, evolveRateBook(before, event)).parameters,
    ).toEqual([PROJECT, '2026-03-15']);
  });

  it('a removed step: its days up to the next step', () => {
    const before = fold([
      projectRate('2026-01-01', 100),
      projectRate('2026-03-15', 200),
      projectRate('2026-06-01', 300),
    ]);
    const event: RateBookEvent = {
      type: 'billable-rate-removed',
      data: {
        organisationId: ORG,
        scope: { level: 'project', projectId: PROJECT },
        effectiveFrom: '2026-03-15' as never,
        removedRate: eur(200),
        reason: null,
      },
    };
    expect(
      affectedRows(event, before, evolveRateBook(before, event)).parameters,
    ).toEqual([PROJECT, '2026-03-15', '2026-06-01']);
  });

  it('a cost rate: every row of the member (billable or not) on its days', () => {
    const event: RateBookEvent = {
      type: 'cost-rate-set',
      data: {
        organisationId: ORG,
        memberId: MEMBER,
        effectiveFrom: '2026-02-01' as never,
        ratePerHour: eur(4000),
        replacedRate: null,
        reason: null,
      },
    };
    expect(
      affectedRows(event, emptyRateBook, evolveRateBook(emptyRateBook, event)),
    ).toEqual({
      sql: 'e.member_id = $3::uuid and e.local_day >= $4::date',
      parameters: [MEMBER, '2026-02-01'],
    });
  });

  it('an organisation rate: every billable row on its days', () => {
    const event: RateBookEvent = {
      type: 'billable-rate-set',
      data: {
        organisationId: ORG,
        scope: { level: 'organisation' },
        effectiveFrom: '2026-02-01' as never,
        ratePerHour: eur(9000),
        replacedRate: null,
        reason: null,
      },
    };
    expect(
      affectedRows(event, emptyRateBook, evolveRateBook(emptyRateBook, event))
        .sql,
    ).toBe('e.billable and true and e.local_day >= $3::date');
  });
});
