import { CHECKPOINT_TABLE } from '@billing/event-store';
import type { DataSource } from 'typeorm';

/** Tables of the live schema that are no read model: never copied, never compared. */
const NOT_READ_MODELS = new Set([CHECKPOINT_TABLE, 'migrations', 'typeorm_metadata', 'audit_queries', 'audit_seal_heads', 'audit_replay_runs']);

export const LIVE_SCHEMA = 'public';

export function scratchSchemaFor(runId: string): string {
  return `audit_replay_${runId.replace(/[^0-9a-f]/g, '').slice(0, 16)}`;
}

/**
 * Empty copies of every live table in `scratch`: columns, defaults, checks, indexes (upserts need their unique keys),
 * and the tables' own triggers (the report read model writes its versions through one). Serial columns get sequences
 * of their own, so the replay never advances a live sequence. Projections name their tables without a schema, so with
 * `search_path = scratch, public` they write the copies and read any other table live.
 */
export async function createScratchCopies(dataSource: DataSource, scratch: string): Promise<string[]> {
  await dataSource.query(`drop schema if exists ${scratch} cascade`);
  await dataSource.query(`create schema ${scratch}`);
  const rows: Array<{ name: string }> = await dataSource.query(
    `select tablename as name from pg_tables where schemaname = $1 order by tablename`,
    [LIVE_SCHEMA],
  );
  const tables = rows.map((row) => row.name).filter((name) => !NOT_READ_MODELS.has(name));
  for (const table of tables) {
    await dataSource.query(`create table ${scratch}.${table} (like ${LIVE_SCHEMA}.${table} including defaults including constraints including generated including identity including indexes)`);
    await ownSequences(dataSource, scratch, table);
    await copyTriggers(dataSource, scratch, table);
  }
  return tables;
}

async function ownSequences(dataSource: DataSource, scratch: string, table: string): Promise<void> {
  const serials: Array<{ column: string }> = await dataSource.query(
    `select a.attname as column from pg_attribute a join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where a.attrelid = $1::regclass and pg_get_expr(d.adbin, d.adrelid) like 'nextval(%'`,
    [`${scratch}.${table}`],
  );
  for (const { column } of serials) {
    const sequence = `${scratch}.${table}_${column}_seq`;
    await dataSource.query(`create sequence ${sequence}`);
    await dataSource.query(`alter table ${scratch}.${table} alter column ${column} set default nextval('${sequence}')`);
  }
}

async function copyTriggers(dataSource: DataSource, scratch: string, table: string): Promise<void> {
  const triggers: Array<{ definition: string }> = await dataSource.query(
    `select pg_get_triggerdef(t.oid) as definition from pg_trigger t where t.tgrelid = $1::regclass and not t.tgisinternal`,
    [`${LIVE_SCHEMA}.${table}`],
  );
  for (const { definition } of triggers) {
    const retargeted = definition.replace(` ON ${LIVE_SCHEMA}.${table} `, ` ON ${scratch}.${table} `);
    if (retargeted === definition) throw new Error(`cannot copy trigger of ${table}: ${definition}`);
    await dataSource.query(retargeted);
  }
}

export async function dropScratch(dataSource: DataSource, scratch: string): Promise<void> {
  await dataSource.query(`drop schema if exists ${scratch} cascade`);
}

export async function dropScratchTables(dataSource: DataSource, scratch: string, tables: readonly string[]): Promise<void> {
  for (const table of tables) await dataSource.query(`drop table ${scratch}.${table}`);
}
