import type { Projection } from '@billing/event-store';
import type { DataSource } from 'typeorm';

/**
 * The tables a projection owns are those its `reset` empties. Reset runs against the (still empty) scratch copies, and
 * the locks its transaction holds name the tables it wrote to (a delete or truncate locks the table even when there
 * is no row), so no context has to declare its tables to be replayed.
 */
export async function ownedTables(dataSource: DataSource, scratch: string, projection: Projection): Promise<string[]> {
  const reset = projection.reset?.bind(projection);
  if (reset === undefined) return [];
  return dataSource.transaction(async (em) => {
    await em.query(`set local search_path = ${scratch}, public`);
    await reset(em, { projection: projection.name, replaying: true });
    const rows: Array<{ name: string }> = await em.query(
      `select distinct c.relname as name
         from pg_locks l join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
        where l.pid = pg_backend_pid() and n.nspname = $1 and c.relkind in ('r', 'p')
          and l.mode in ('RowExclusiveLock', 'AccessExclusiveLock')
        order by c.relname`,
      [scratch],
    );
    return rows.map((row) => row.name);
  });
}
