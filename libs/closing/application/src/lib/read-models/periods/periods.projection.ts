import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import {
  PERIOD_EVENT_TYPES,
  PERIOD_STREAM_PREFIX,
  type PeriodEvent,
  type PeriodState,
  closedScopesOf,
  evolvePeriod,
  initialPeriodState,
} from '@billing/closing/domain';
import type { TeamId } from '@billing/shared/kernel';
import type { EntityManager } from 'typeorm';
import { recordHistory } from './period-history';

export const CLOSING_PERIODS_PROJECTION = 'closing-periods';

interface PeriodRow {
  organisation_closed: boolean;
  closed_team_ids: string[];
  reopened_team_ids: string[];
  deadline_override: string | null;
  revision: number;
}

async function loadState(em: EntityManager, periodKey: string): Promise<{ state: PeriodState; revision: number }> {
  const rows: PeriodRow[] = await em.query(
    'select organisation_closed, closed_team_ids, reopened_team_ids, deadline_override, revision from closing_periods where period_key = $1',
    [periodKey],
  );
  const row = rows[0];
  if (row === undefined) return { state: initialPeriodState, revision: -1 };
  return {
    state: {
      ...initialPeriodState,
      periodKey,
      organisationClosed: row.organisation_closed,
      closedTeamIds: row.closed_team_ids as TeamId[],
      reopenedTeamIds: row.reopened_team_ids as TeamId[],
      deadlineOverride: row.deadline_override as PeriodState['deadlineOverride'],
    },
    revision: row.revision,
  };
}

/** Replaces the period's closed scopes in time tracking's `tt_closed_periods`, which every entry write reads. */
async function writeClosedScopes(em: EntityManager, periodKey: string, state: PeriodState): Promise<void> {
  await em.query('delete from tt_closed_periods where month = $1', [periodKey]);
  for (const scope of closedScopesOf(state)) {
    await em.query('insert into tt_closed_periods (month, team_id, except_team_ids) values ($1, $2, $3)', [
      scope.month,
      scope.teamId,
      scope.exceptTeamIds,
    ]);
  }
}

/**
 * `closing_periods` (state per month), `closing_period_history` (every change with its actor), and the closed
 * scopes in `tt_closed_periods`: all in the projection's transaction, so the lock moves with the checkpoint.
 */
@Injectable()
export class ClosingPeriodsProjection implements Projection {
  readonly name = CLOSING_PERIODS_PROJECTION;
  readonly filter = { streamPrefixes: [PERIOD_STREAM_PREFIX], eventTypes: PERIOD_EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as PeriodEvent;
      const periodKey = event.data.periodKey;
      const current = await loadState(em, periodKey);
      if (recorded.revision <= current.revision) continue; // already applied
      const state = evolvePeriod(current.state, event);
      await em.query(
        `insert into closing_periods (period_key, organisation_closed, closed_team_ids, reopened_team_ids, deadline_override, revision)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (period_key) do update set organisation_closed = excluded.organisation_closed,
           closed_team_ids = excluded.closed_team_ids, reopened_team_ids = excluded.reopened_team_ids,
           deadline_override = excluded.deadline_override, revision = excluded.revision`,
        [periodKey, state.organisationClosed, state.closedTeamIds, state.reopenedTeamIds, state.deadlineOverride, recorded.revision],
      );
      await writeClosedScopes(em, periodKey, state);
      await recordHistory(em, recorded, event);
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from closing_period_history');
    await em.query('delete from closing_periods');
    await em.query('delete from tt_closed_periods');
  }
}
