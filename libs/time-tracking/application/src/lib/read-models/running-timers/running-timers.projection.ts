import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import { TIMER_EVENT_TYPES, type TimerEvent } from '@billing/time-tracking/domain';
import type { EntityManager } from 'typeorm';

export const RUNNING_TIMERS_PROJECTION = 'time-tracking-running-timers';

/** `tt_running_timers`: a row while a member's timer runs; removed when it stops. */
@Injectable()
export class RunningTimersProjection implements Projection {
  readonly name = RUNNING_TIMERS_PROJECTION;
  readonly filter = { streamPrefixes: ['timer-'], eventTypes: TIMER_EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as TimerEvent;
      if (event.type === 'timer-started') {
        await em.query(
          `insert into tt_running_timers (member_id, entry_id, started_at, revision) values ($1, $2, $3, $4)
           on conflict (member_id) do update set entry_id = excluded.entry_id, started_at = excluded.started_at,
             revision = excluded.revision where tt_running_timers.revision < excluded.revision`,
          [event.data.memberId, event.data.entryId, event.data.startedAt, recorded.revision],
        );
      } else {
        await em.query('delete from tt_running_timers where member_id = $1 and entry_id = $2', [event.data.memberId, event.data.entryId]);
      }
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from tt_running_timers');
  }
}
