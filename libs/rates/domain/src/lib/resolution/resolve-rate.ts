import {
  ClientId,
  CurrencyCode,
  LocalDate,
  MemberId,
  Money,
  ProjectId,
  TaskId,
  assertNever,
} from '@billing/shared/kernel';
import { RateBook, rateValidOn } from '../rate-book/rate-book.state';
import {
  RATE_LEVELS,
  RateLevel,
  RateScope,
  rateScopeKey,
} from '../rate-book/rate-scope';

/** What rate resolution needs to know about an entry. `day` is its local day in the organisation's zone. */
export interface RatedEntry {
  memberId: MemberId;
  projectId: ProjectId;
  taskId?: TaskId | null;
  clientId: ClientId;
  day: LocalDate;
  /** The client's currency: everything billed to the client is in it. */
  currency: CurrencyCode;
}

/**
 * What one level said, most specific first:
 * - `applied`: this level's rate is the one used;
 * - `none`: no rate of this scope is valid on the day (none set, or all start later);
 * - `no-task`: the entry has no task, so the task level cannot apply;
 * - `other-currency`: a rate is valid but in another currency than the client's, so it cannot bill this client;
 * - `not-consulted`: a more specific level already applied.
 */
export type LevelOutcome =
  | 'applied'
  | 'none'
  | 'no-task'
  | 'other-currency'
  | 'not-consulted';

export interface LevelCheck {
  level: RateLevel;
  outcome: LevelOutcome;
  /** The rate that was valid at this level (applied or skipped for its currency). */
  ratePerHour?: Money;
  effectiveFrom?: LocalDate;
}

export type RateResolution =
  | {
      status: 'found';
      ratePerHour: Money;
      level: RateLevel;
      effectiveFrom: LocalDate;
      /** All six levels in precedence order ("why this rate"). */
      checks: LevelCheck[];
    }
  | {
      /** No level had a usable rate: amount 0, reported by the billing audit as "missing rate". */
      status: 'missing';
      checks: LevelCheck[];
    };

function scopeAt(level: RateLevel, entry: RatedEntry): RateScope | null {
  switch (level) {
    case 'member-on-project':
      return { level, memberId: entry.memberId, projectId: entry.projectId };
    case 'task':
      return entry.taskId
        ? { level, projectId: entry.projectId, taskId: entry.taskId }
        : null;
    case 'project':
      return { level, projectId: entry.projectId };
    case 'client':
      return { level, clientId: entry.clientId };
    case 'member':
      return { level, memberId: entry.memberId };
    case 'organisation':
      return { level };
    default:
      return assertNever(level, 'rate level');
  }
}

/** The most specific rate valid on the entry's day, with the reason every more specific level did not apply. */
export function resolveRate(book: RateBook, entry: RatedEntry): RateResolution {
  const checks: LevelCheck[] = [];
  let found:
    | { ratePerHour: Money; level: RateLevel; effectiveFrom: LocalDate }
    | undefined;
  for (const level of RATE_LEVELS) {
    if (found !== undefined) {
      checks.push({ level, outcome: 'not-consulted' });
      continue;
    }
    const scope = scopeAt(level, entry);
    if (scope === null) {
      checks.push({ level, outcome: 'no-task' });
      continue;
    }
    const step = rateValidOn(book.billable[rateScopeKey(scope)], entry.day);
    if (step === undefined) {
      checks.push({ level, outcome: 'none' });
    } else if (step.ratePerHour.currency !== entry.currency) {
      checks.push({ level, outcome: 'other-currency', ...step });
    } else {
      checks.push({ level, outcome: 'applied', ...step });
      found = { level, ...step };
    }
  }
  return found === undefined
    ? { status: 'missing', checks }
    : { status: 'found', ...found, checks };
}

export type CostRateResolution =
  | { status: 'found'; ratePerHour: Money; effectiveFrom: LocalDate }
  | { status: 'missing' };

/** The member's cost rate valid on `day`. */
export function resolveCostRate(
  book: RateBook,
  memberId: MemberId,
  day: LocalDate,
): CostRateResolution {
  const step = rateValidOn(book.cost[memberId], day);
  return step === undefined
    ? { status: 'missing' }
    : { status: 'found', ...step };
}
