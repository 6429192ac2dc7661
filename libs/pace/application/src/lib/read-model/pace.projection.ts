import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import { HOLIDAY_EVENT_TYPES, HOLIDAY_STREAM_PREFIX, MEMBER_PACE_EVENT_TYPES, MEMBER_PACE_STREAM_PREFIX } from '@billing/pace/domain';
import type { TimeEntryEvent } from '@billing/time-tracking/domain';
import type { EntityManager } from 'typeorm';
import { ORGANISATION_INPUT_TYPES, type OrganisationInput, applyOrganisationEvent } from './apply-organisation-event';
import { type PaceInput, applyPaceEvent } from './apply-pace-event';
import { TIME_ENTRY_INPUT_TYPES, applyTimeEntryEvent } from './apply-time-entry-event';
import { extendHorizon } from './horizon';

export const PACE_PROJECTION = 'pace';

const ORGANISATION_TYPES = new Set<string>(ORGANISATION_INPUT_TYPES);
const TIME_ENTRY_TYPES = new Set<string>(TIME_ENTRY_INPUT_TYPES);
const PACE_TYPES = new Set<string>([...MEMBER_PACE_EVENT_TYPES, ...HOLIDAY_EVENT_TYPES]);

/**
 * The Pace read model, one projection fed by schedule, holiday, time-off, reminder, time-entry, member, team,
 * membership and organisation (zone) events. It keeps its own look-up tables (`pace_*`) and never reads another
 * context's read model, so the order projections are rebuilt in does not matter.
 */
@Injectable()
export class PaceProjection implements Projection {
  readonly name = PACE_PROJECTION;
  readonly filter = {
    streamPrefixes: ['organisation-', 'member-', 'team-', 'time-entry-', MEMBER_PACE_STREAM_PREFIX, HOLIDAY_STREAM_PREFIX],
    eventTypes: [...ORGANISATION_INPUT_TYPES, ...TIME_ENTRY_INPUT_TYPES, ...MEMBER_PACE_EVENT_TYPES, ...HOLIDAY_EVENT_TYPES],
  };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data };
      const horizon = await extendHorizon(em, recorded.metadata.occurredAt);
      if (ORGANISATION_TYPES.has(event.type)) await applyOrganisationEvent(em, event as OrganisationInput, horizon);
      else if (TIME_ENTRY_TYPES.has(event.type)) await applyTimeEntryEvent(em, event as TimeEntryEvent);
      else if (PACE_TYPES.has(event.type)) {
        await applyPaceEvent(em, event as PaceInput, horizon, recorded.metadata.occurredAt);
        await em.query(
          `insert into pace_streams (stream_id, revision) values ($1, $2)
           on conflict (stream_id) do update set revision = greatest(pace_streams.revision, excluded.revision)`,
          [recorded.streamId, recorded.revision],
        );
      }
    }
  }

  async reset(em: EntityManager): Promise<void> {
    for (const table of [
      'pace_days',
      'pace_reminders',
      'pace_entries',
      'pace_time_off',
      'pace_holidays',
      'pace_schedules',
      'pace_team_memberships',
      'pace_teams',
      'pace_members',
      'pace_settings',
      'pace_streams',
    ]) {
      await em.query(`delete from ${table}`);
    }
  }
}
