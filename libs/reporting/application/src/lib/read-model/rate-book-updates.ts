import type { RecordedEvent } from '@billing/event-store';
import {
  emptyRateBook,
  evolveRateBook,
  RATES_EVENT_TYPES,
  type RateBook,
  type RateBookEvent,
  type RateScope,
  type RateTimeline,
  rateScopeKey,
} from '@billing/rates/domain';
import type { EntityManager } from 'typeorm';
import type { ReportTables } from './report-tables';
import { type RowCondition, revalueRows } from './revaluation';

export const RATE_EVENT_TYPES: readonly string[] = RATES_EVENT_TYPES;
export const RATE_STREAM_PREFIXES = ['rate-book-'];

export function isRateEvent(event: RecordedEvent): boolean {
  return RATE_EVENT_TYPES.includes(event.type);
}

/**
 * The projection's own copy of the organisation's rate book (folded with the rates domain's `evolveRateBook`), read
 * once per batch and kept in step with the rate events the batch applies.
 */
export class ProjectionRates {
  private cached: RateBook | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly t: ReportTables,
  ) {}

  /** The book of the organisation the read model serves (empty before any rate). */
  async book(): Promise<RateBook> {
    if (this.cached === undefined) {
      const rows: Array<{ book: RateBook }> = await this.em.query(
        `select b.book from ${this.t.rateBooks} b
          where b.organisation_id = (select organisation_id from ${this.t.settings} where id = 1)`,
      );
      this.cached = rows[0]?.book ?? emptyRateBook;
    }
    return this.cached;
  }

  /** Folds a rate event into the organisation's book, then values again the unbilled rows on the days it changes. */
  async apply(recorded: RecordedEvent): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as RateBookEvent;
    const organisationId = event.data.organisationId;
    const rows: Array<{ book: RateBook }> = await this.em.query(
      `select book from ${this.t.rateBooks} where organisation_id = $1`,
      [organisationId],
    );
    const before = rows[0]?.book ?? emptyRateBook;
    const after = evolveRateBook(before, event);
    await this.em.query(
      `insert into ${this.t.rateBooks} (organisation_id, book) values ($1, $2::jsonb)
       on conflict (organisation_id) do update set book = excluded.book`,
      [organisationId, JSON.stringify(after)],
    );
    // Rates of another organisation than the one the read model serves are kept, but value no row.
    if (!(await this.serves(organisationId))) return;
    this.cached = after;
    await revalueRows(
      this.em,
      this.t,
      after,
      affectedRows(event, before, after),
      recorded.metadata.recordedAt,
    );
  }

  private async serves(organisationId: string): Promise<boolean> {
    const rows: Array<{ organisation_id: string | null }> = await this.em.query(
      `select organisation_id from ${this.t.settings} where id = 1`,
    );
    return rows[0]?.organisation_id === organisationId;
  }
}

/** The first day after `from` on which the timeline has another step: the change is valid up to (excluding) it. */
function nextStepAfter(
  timeline: RateTimeline | undefined,
  from: string,
): string | null {
  return (
    (timeline ?? []).find((step) => step.effectiveFrom > from)?.effectiveFrom ??
    null
  );
}

function scopeCondition(scope: RateScope, parameters: unknown[]): string {
  const add = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length + 2}::uuid`;
  };
  switch (scope.level) {
    case 'member-on-project':
      return `e.member_id = ${add(scope.memberId)} and e.project_id = ${add(scope.projectId)}`;
    case 'task':
      return `e.task_id = ${add(scope.taskId)} and e.project_id = ${add(scope.projectId)}`;
    case 'project':
      return `e.project_id = ${add(scope.projectId)}`;
    case 'client':
      return `e.client_id = ${add(scope.clientId)}`;
    case 'member':
      return `e.member_id = ${add(scope.memberId)}`;
    case 'organisation':
      return 'true';
    default: {
      const unknown: never = scope;
      throw new Error(`Unknown rate scope ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The rows a rate event can change: those of its scope (billable ones for a billable rate, the member's for a cost
 * rate) whose day lies from the event's date up to the scope's next step, before or after the change.
 */
export function affectedRows(
  event: RateBookEvent,
  before: RateBook,
  after: RateBook,
): RowCondition {
  const parameters: unknown[] = [];
  const conditions: string[] = [];
  const from = event.data.effectiveFrom;
  let until: string | null;
  if (
    event.type === 'billable-rate-set' ||
    event.type === 'billable-rate-removed'
  ) {
    const key = rateScopeKey(event.data.scope);
    until = earliest(
      nextStepAfter(before.billable[key], from),
      nextStepAfter(after.billable[key], from),
    );
    conditions.push('e.billable', scopeCondition(event.data.scope, parameters));
  } else {
    const key = event.data.memberId;
    until = earliest(
      nextStepAfter(before.cost[key], from),
      nextStepAfter(after.cost[key], from),
    );
    parameters.push(event.data.memberId);
    conditions.push(`e.member_id = $${parameters.length + 2}::uuid`);
  }
  parameters.push(from);
  conditions.push(`e.local_day >= $${parameters.length + 2}::date`);
  if (until !== null) {
    parameters.push(until);
    conditions.push(`e.local_day < $${parameters.length + 2}::date`);
  }
  return { sql: conditions.join(' and '), parameters };
}

function earliest(left: string | null, right: string | null): string | null {
  if (left === null) return right;
  if (right === null) return left;
  return left < right ? left : right;
}
