import type { EntityManager } from 'typeorm';
import type { HolidayEvent, MemberPaceEvent } from '@billing/pace/domain';
import type { LocalDate } from '@billing/shared/kernel';
import { pacedMembers, recomputeDays } from './recompute-days';

export type PaceInput = MemberPaceEvent | HolidayEvent;

export async function applyPaceEvent(em: EntityManager, event: PaceInput, horizon: LocalDate, occurredAt: string): Promise<void> {
  switch (event.type) {
    case 'work-schedule-set':
      await em.query(
        `insert into pace_schedules (member_id, valid_from, weekday_seconds) values ($1, $2, $3)
         on conflict (member_id, valid_from) do update set weekday_seconds = excluded.weekday_seconds`,
        [event.data.memberId, event.data.validFrom, [...event.data.weekdaySeconds]],
      );
      return recomputeDays(em, [event.data.memberId], event.data.validFrom, horizon);
    case 'time-off-recorded':
      await em.query(
        `insert into pace_time_off (member_id, time_off_id, from_date, to_date, seconds_per_day, note) values ($1, $2, $3, $4, $5, $6)
         on conflict (member_id, time_off_id) do nothing`,
        [event.data.memberId, event.data.timeOffId, event.data.from, event.data.to, event.data.secondsPerDay, event.data.note],
      );
      return recomputeDays(em, [event.data.memberId], event.data.from, event.data.to);
    case 'time-off-cancelled': {
      const rows: { from_date: LocalDate; to_date: LocalDate }[] = await em.query(
        'select from_date, to_date from pace_time_off where member_id = $1 and time_off_id = $2',
        [event.data.memberId, event.data.timeOffId],
      );
      await em.query('delete from pace_time_off where member_id = $1 and time_off_id = $2', [event.data.memberId, event.data.timeOffId]);
      for (const row of rows) await recomputeDays(em, [event.data.memberId], row.from_date, row.to_date);
      return;
    }
    case 'pace-reminder-sent':
      await em.query(
        `insert into pace_reminders (member_id, on_date, source, sent_at, missing_seconds) values ($1, $2, $3, $4, $5)
         on conflict (member_id, on_date) do nothing`,
        [event.data.memberId, event.data.on, event.data.source, occurredAt, event.data.missingSeconds],
      );
      return;
    case 'holiday-added':
    case 'holiday-renamed':
      await em.query('insert into pace_holidays (date, name) values ($1, $2) on conflict (date) do update set name = excluded.name', [
        event.data.date,
        event.data.name,
      ]);
      return event.type === 'holiday-added' ? recomputeDays(em, await pacedMembers(em), event.data.date, event.data.date) : undefined;
    case 'holiday-removed':
      await em.query('delete from pace_holidays where date = $1', [event.data.date]);
      return recomputeDays(em, await pacedMembers(em), event.data.date, event.data.date);
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
