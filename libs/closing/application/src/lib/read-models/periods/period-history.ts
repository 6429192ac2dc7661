import type { RecordedEvent } from '@billing/event-store';
import type { PeriodEvent } from '@billing/closing/domain';
import type { EntityManager } from 'typeorm';

const KIND: Record<PeriodEvent['type'], string> = {
  'period-deadline-overridden': 'deadline-overridden',
  'period-closed': 'closed',
  'period-reopened': 'reopened',
};

/** One history row per period event, with the actor and time from its envelope. */
export async function recordHistory(em: EntityManager, recorded: RecordedEvent, event: PeriodEvent): Promise<void> {
  const common = [event.data.periodKey, recorded.revision, KIND[event.type], recorded.metadata.actor, recorded.metadata.occurredAt];
  let scope: [boolean, string[], string | null, unknown, string | null, string | null];
  switch (event.type) {
    case 'period-closed':
      scope = [event.data.organisationWide, event.data.teamIds, event.data.note, JSON.stringify(event.data.checklist), null, null];
      break;
    case 'period-reopened':
      scope = [event.data.organisationWide, event.data.teamIds, event.data.reason, null, null, null];
      break;
    case 'period-deadline-overridden':
      scope = [false, [], event.data.reason, null, event.data.deadline, event.data.previous];
      break;
  }
  await em.query(
    `insert into closing_period_history
       (period_key, revision, kind, actor, occurred_at, organisation_wide, team_ids, reason, checklist, deadline, previous_deadline)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (period_key, revision) do nothing`,
    [...common, ...scope],
  );
}
