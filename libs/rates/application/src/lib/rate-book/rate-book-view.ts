import type { DatedRateView, RateBookView } from '@billing/rates/contracts';
import type { RateBook, RateScope, RateTimeline } from '@billing/rates/domain';
import { addDays } from '@billing/shared/kernel';
import { scopeDtoOf } from './rate-scope.dto';

function history(timeline: RateTimeline): DatedRateView[] {
  return timeline.map((step, index) => {
    const next = timeline[index + 1];
    return {
      validFrom: step.effectiveFrom,
      validUntil: next === undefined ? null : addDays(next.effectiveFrom, -1),
      ratePerHour: { ...step.ratePerHour },
    };
  });
}

/** Scope keys are `level:id[:id]`: the scope is rebuilt from the key (the book is keyed that way). */
export function scopeOfKey(key: string): RateScope | null {
  const [level, first, second] = key.split(':');
  switch (level) {
    case 'member-on-project':
      return { level, memberId: first, projectId: second } as RateScope;
    case 'task':
      return { level, projectId: first, taskId: second } as RateScope;
    case 'project':
      return { level, projectId: first } as RateScope;
    case 'client':
      return { level, clientId: first } as RateScope;
    case 'member':
      return { level, memberId: first } as RateScope;
    case 'organisation':
      return { level };
    default:
      return null;
  }
}

export function rateBookView(
  book: RateBook,
  revision: number | null,
): RateBookView {
  return {
    revision,
    billable: Object.entries(book.billable)
      .filter(([, timeline]) => timeline.length > 0)
      .flatMap(([key, timeline]) => {
        const scope = scopeOfKey(key);
        return scope === null
          ? []
          : [{ key, scope: scopeDtoOf(scope), history: history(timeline) }];
      })
      .sort((left, right) => (left.key < right.key ? -1 : 1)),
    cost: Object.entries(book.cost)
      .filter(([, timeline]) => timeline.length > 0)
      .map(([memberId, timeline]) => ({ memberId, history: history(timeline) }))
      .sort((left, right) => (left.memberId < right.memberId ? -1 : 1)),
  };
}
