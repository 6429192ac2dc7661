import type { RateBook } from '@billing/rates/domain';
import type { EntityManager } from 'typeorm';
import { ENTRY_COLUMNS } from './entry-columns';
import type { FoldedEntry, KnownEntry } from './entry-states';
import type { ReportTables } from './report-tables';
import { type RowToValue, type RowValue, valueRow } from './row-valuation';

function input(
  state: KnownEntry,
  revision: number,
  changedAt: string,
): Record<string, unknown> {
  return {
    entry_id: state.entryId,
    member_id: state.memberId,
    project_id: state.projectId,
    task_id: state.taskId,
    description: state.description,
    tags: state.tags,
    billable: state.billable,
    invoice_id:
      state.billing?.kind === 'invoice' ? state.billing.invoiceId : null,
    billing_reference:
      state.billing?.kind === 'reference' ? state.billing.reference : null,
    source: state.source,
    external_id: state.externalId,
    adjusts_entry_id: state.adjustment?.adjustsEntryId ?? null,
    adjustment_reason: state.adjustment?.reason ?? null,
    recorded_at: state.recordedAt,
    started_at: state.startedAt,
    ended_at: state.endedAt,
    deleted: state.status === 'deleted',
    revision,
    changed_at: changedAt,
  };
}

/** Finished and not deleted: the rows that are counted, hence valued (the `live` column). */
const isLive = (row: Record<string, unknown>) =>
  row['deleted'] === false && row['ended_at'] !== null;

/** The input columns the valuation's query reads. */
const VALUATION_INPUT_COLUMNS = [
  'entry_id',
  'member_id',
  'project_id',
  'task_id',
  'billable',
  'started_at',
  'ended_at',
] as const;
const valuationInput = (row: Record<string, unknown>) =>
  Object.fromEntries(
    VALUATION_INPUT_COLUMNS.map((column) => [column, row[column]]),
  );

/** What the valuation writes into a row (the derived row's defaults when the row is not valued). */
type ValueColumns = Pick<
  RowValue,
  'billable_seconds' | 'rate_minor' | 'amount' | 'cost' | 'cost_currency'
>;
const NOT_VALUED: ValueColumns = {
  billable_seconds: 0,
  rate_minor: null,
  amount: 0,
  cost: 0,
  cost_currency: null,
};

/** SQL types of the row columns, for reading them back from a JSON parameter. */
const COLUMN_TYPES: Record<(typeof ENTRY_COLUMNS)[number], string> = {
  entry_id: 'uuid',
  member_id: 'uuid',
  member_name: 'text',
  project_id: 'uuid',
  project_name: 'text',
  client_id: 'uuid',
  client_name: 'text',
  task_id: 'uuid',
  task_name: 'text',
  team_id: 'uuid',
  description: 'text',
  tags: 'text[]',
  billable: 'boolean',
  billed: 'boolean',
  invoice_id: 'uuid',
  billing_reference: 'text',
  source: 'text',
  external_id: 'text',
  adjusts_entry_id: 'uuid',
  adjustment_reason: 'text',
  recorded_at: 'timestamptz',
  started_at: 'timestamptz',
  ended_at: 'timestamptz',
  local_day: 'date',
  week_key: 'text',
  month_key: 'text',
  tracked_seconds: 'integer',
  billable_seconds: 'integer',
  rate_minor: 'bigint',
  amount: 'bigint',
  cost: 'bigint',
  currency: 'text',
  cost_currency: 'text',
  deleted: 'boolean',
  live: 'boolean',
  revision: 'integer',
  changed_at: 'timestamptz',
};

/** Kept as billed while a row stays billed: a billed entry keeps the value it was billed at. */
const FROZEN_WHILE_BILLED = new Set([
  'billable_seconds',
  'rate_minor',
  'amount',
  'cost',
  'currency',
  'cost_currency',
]);

function assignment(table: string, column: string): string {
  if (column === 'changed_at')
    return `changed_at = greatest(${table}.changed_at, excluded.changed_at)`;
  if (FROZEN_WHILE_BILLED.has(column))
    return `${column} = case when ${table}.billed and excluded.billed then ${table}.${column} else excluded.${column} end`;
  return `${column} = excluded.${column}`;
}

/**
 * Writes the entries' rows: every derived column is taken from the dimension tables as they are now (names, client
 * and currency, the team on the entry's day, calendar keys in the organisation's zone, the project's rounding), each
 * live row is valued with the rates domain against the projection's rate book, then all are written in one statement.
 * Only what the valuation needs travels to Node and back (`valuationSql`, live rows only); the insert derives the full
 * rows in SQL (`derivedSql`, the same local day). A row that was billed and still is keeps its billed value.
 */
export async function upsertEntries(
  em: EntityManager,
  t: ReportTables,
  entries: Iterable<FoldedEntry>,
  book: () => Promise<RateBook>,
): Promise<void> {
  const inputs: Record<string, unknown>[] = [];
  for (const { state, revision, changedAt } of entries) {
    if (state.status !== 'none') inputs.push(input(state, revision, changedAt));
  }
  if (inputs.length === 0) return;
  const toValue: Array<RowToValue & { entry_id: string }> = await em.query(
    valuationSql(t),
    [JSON.stringify(inputs.filter(isLive).map(valuationInput))],
  );
  const rates = await book();
  const values = new Map<string, ValueColumns>();
  for (const row of toValue) {
    const { billable_seconds, rate_minor, amount, cost, cost_currency } =
      valueRow(rates, row);
    values.set(row.entry_id, {
      billable_seconds,
      rate_minor,
      amount,
      cost,
      cost_currency,
    });
  }
  const rows = inputs.map((row) => ({
    ...row,
    ...(values.get(row['entry_id'] as string) ?? NOT_VALUED),
  }));
  const columns = ENTRY_COLUMNS.join(', ');
  await em.query(
    `insert into ${t.entries} (${columns})
     select ${columns} from (${derivedSql(t)}) d
     on conflict (entry_id) do update set ${ENTRY_COLUMNS.filter(
       (column) => column !== 'entry_id',
     )
       .map((column) => assignment(t.entries, column))
       .join(', ')}`,
    [JSON.stringify(rows)],
  );
}

/** The entry columns an input row carries (the rest are derived), with their SQL types. */
const INPUT_COLUMNS = [
  'entry_id',
  'member_id',
  'project_id',
  'task_id',
  'description',
  'tags',
  'billable',
  'invoice_id',
  'billing_reference',
  'source',
  'external_id',
  'adjusts_entry_id',
  'adjustment_reason',
  'recorded_at',
  'started_at',
  'ended_at',
  'deleted',
  'revision',
  'changed_at',
] as const;
const VALUE_COLUMNS = [
  'billable_seconds',
  'rate_minor',
  'amount',
  'cost',
  'cost_currency',
] as const;

const recordsetColumns = (columns: readonly (typeof ENTRY_COLUMNS)[number][]) =>
  columns.map((column) => `${column} ${COLUMN_TYPES[column]}`).join(', ');

/** The input JSON (`$1`) as rows `d`, with their local day in the organisation's zone. */
function inputRowsSql(
  t: ReportTables,
  columns: readonly (typeof ENTRY_COLUMNS)[number][],
): string {
  const zone = `coalesce((select time_zone from ${t.settings} where id = 1), 'UTC')`;
  return `with x as (
       select * from json_to_recordset($1::json) as x(${recordsetColumns(columns)})
     ), d as (
       select x.*, (x.started_at at time zone ${zone})::date as local_day from x
     )`;
}

const TRACKED_SQL = `coalesce(extract(epoch from d.ended_at - d.started_at)::integer, 0)`;

/**
 * What valuing the live input rows needs: the project's client, rounding and the client's currency, nothing else
 * (no names, no team look-up; the insert derives those).
 */
function valuationSql(t: ReportTables): string {
  return `${inputRowsSql(t, VALUATION_INPUT_COLUMNS)}
     select d.entry_id, d.member_id, d.project_id, d.task_id, p.client_id, d.local_day::text as local_day, c.currency,
            ${TRACKED_SQL} as tracked_seconds, d.billable, p.rounding_mode, p.rounding_increment_seconds
       from d
       left join ${t.projects} p on p.project_id = d.project_id
       left join ${t.clients} c on c.client_id = p.client_id`;
}

/**
 * Every column of the rows of the input JSON (`$1`), derived from the dimension tables, with the value columns the
 * input rows carry.
 */
function derivedSql(t: ReportTables): string {
  return `${inputRowsSql(t, [...INPUT_COLUMNS, ...VALUE_COLUMNS])}
     select d.entry_id, d.member_id, coalesce(m.name, '') as member_name, d.project_id, coalesce(p.name, '') as project_name,
            p.client_id, coalesce(c.name, '') as client_name, d.task_id, tk.name as task_name, tm.team_id, d.description,
            d.tags, d.billable, (d.invoice_id is not null or d.billing_reference is not null) as billed, d.invoice_id,
            d.billing_reference, d.source, d.external_id, d.adjusts_entry_id,
            d.adjustment_reason, d.recorded_at, d.started_at, d.ended_at,
            d.local_day, to_char(d.local_day, 'IYYY-"W"IW') as week_key,
            to_char(d.local_day, 'YYYY-MM') as month_key, ${TRACKED_SQL} as tracked_seconds,
            d.billable_seconds, d.rate_minor, d.amount, d.cost, c.currency, d.cost_currency, d.deleted,
            (not d.deleted and d.ended_at is not null) as live, d.revision, d.changed_at
       from d
       left join ${t.projects} p on p.project_id = d.project_id
       left join ${t.clients} c on c.client_id = p.client_id
       left join ${t.tasks} tk on tk.task_id = d.task_id
       left join ${t.members} m on m.member_id = d.member_id
       left join lateral (
         select ms.team_id from ${t.memberships} ms
          where ms.member_id = d.member_id and ms.from_date <= d.local_day
          order by ms.from_date desc limit 1) tm on true`;
}
