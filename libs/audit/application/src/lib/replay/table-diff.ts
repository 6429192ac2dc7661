import type { ReplayDifference } from '@billing/audit/contracts';
import type { DataSource } from 'typeorm';
import { rowDifferences, type Row } from './row-differences';
import { LIVE_SCHEMA } from './scratch-schema';

/** Defaults that differ between two writes of the same fact by construction: sequences and write times. */
const VOLATILE_DEFAULT = /nextval\(|now\(\)|current_timestamp|clock_timestamp|statement_timestamp|transaction_timestamp|gen_random_uuid/i;

export interface TableShape {
  compared: string[];
  ignored: string[];
  key: string[];
}

export async function tableShape(dataSource: DataSource, table: string): Promise<TableShape> {
  const columns: Array<{ name: string; default_expr: string | null; identity: string }> = await dataSource.query(
    `select a.attname as name, pg_get_expr(d.adbin, d.adrelid) as default_expr, a.attidentity::text as identity
       from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`,
    [`${LIVE_SCHEMA}.${table}`],
  );
  const ignored = columns.filter((c) => c.identity !== '' || (c.default_expr !== null && VOLATILE_DEFAULT.test(c.default_expr))).map((c) => c.name);
  const compared = columns.map((c) => c.name).filter((name) => !ignored.includes(name));
  const primary: Array<{ name: string }> = await dataSource.query(
    `select a.attname as name from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = $1::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`,
    [`${LIVE_SCHEMA}.${table}`],
  );
  const key = primary.map((p) => p.name);
  const usableKey = key.length > 0 && key.every((name) => compared.includes(name)) ? key : compared;
  return { compared, ignored, key: usableKey };
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Full outer join of the live and the replayed table on the key; a row differs when any compared column differs as
 * text (so json, arrays and numerics compare by value as PostgreSQL renders them). Returns the number of differing
 * rows, the rows compared, and the differences of at most `limit` rows, in key order.
 */
export async function diffTable(
  dataSource: DataSource,
  scratch: string,
  table: string,
  shape: TableShape,
  limit: number,
): Promise<{ rowsDiffering: number; rowsCompared: number; differences: ReplayDifference[] }> {
  const list = shape.compared.map(ident).join(', ');
  const join = shape.key.map((k) => `l.${ident(k)}::text = r.${ident(k)}::text`).join(' and ');
  const differs = `(${shape.compared.map((c) => `l.${ident(c)}::text`).join(', ')}) is distinct from (${shape.compared.map((c) => `r.${ident(c)}::text`).join(', ')})`;
  const order = shape.key.map((k) => `coalesce(l.${ident(k)}::text, r.${ident(k)}::text)`).join(', ');
  const from = `(select ${list} from ${LIVE_SCHEMA}.${ident(table)}) l full join (select ${list} from ${scratch}.${ident(table)}) r on ${join}`;
  const [counts] = (await dataSource.query(`select count(*)::int as compared, count(*) filter (where ${differs})::int as differing from ${from}`)) as Array<{ compared: number; differing: number }>;
  const rowsDiffering = counts?.differing ?? 0;
  if (rowsDiffering === 0 || limit <= 0) return { rowsDiffering, rowsCompared: counts?.compared ?? 0, differences: [] };
  const rows: Array<{ live: Row | null; replayed: Row | null }> = await dataSource.query(
    `select case when l is null then null else to_jsonb(l) end as live, case when r is null then null else to_jsonb(r) end as replayed
       from ${from} where ${differs} order by ${order} limit ${Math.floor(limit)}`,
  );
  const differences = rows.flatMap((row) => rowDifferences(table, shape.key, shape.compared, nullIfAllNull(row.live), nullIfAllNull(row.replayed)));
  return { rowsDiffering, rowsCompared: counts?.compared ?? 0, differences };
}

/** A full-join side without a row comes back as a record of nulls. */
function nullIfAllNull(row: Row | null): Row | null {
  if (row === null) return null;
  return Object.values(row).every((value) => value === null) ? null : row;
}
