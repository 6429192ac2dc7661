import type { EntityManager } from 'typeorm';
import { type LocalDate, addDays } from '@billing/shared/kernel';
import { pacedMembers, recomputeDays } from './recompute-days';

export async function horizonOf(em: EntityManager): Promise<LocalDate | null> {
  const rows: { horizon: LocalDate | null }[] = await em.query('select horizon from pace_settings where id = 1');
  return rows[0]?.horizon ?? null;
}

/**
 * Expected seconds are stored up to a horizon: the end of the year after the latest event's year. It moves with the
 * events only (their `occurredAt`), so a rebuild ends with the same rows; moving it fills the new days.
 */
export async function extendHorizon(em: EntityManager, occurredAt: string): Promise<LocalDate> {
  const wanted = `${Number(occurredAt.slice(0, 4)) + 1}-12-31` as LocalDate;
  const current = await horizonOf(em);
  if (current !== null && current >= wanted) return current;
  await em.query(
    `insert into pace_settings (id, time_zone, horizon) values (1, 'UTC', $1)
     on conflict (id) do update set horizon = excluded.horizon`,
    [wanted],
  );
  if (current !== null) await recomputeDays(em, await pacedMembers(em), addDays(current, 1), wanted);
  return wanted;
}
