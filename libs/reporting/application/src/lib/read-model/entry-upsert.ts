import type { EntityManager } from 'typeorm';
import type { FoldedEntry, KnownEntry } from './entry-states';
import type { ReportTables } from './report-tables';
import { roundedSecondsSql } from './rounding-sql';

const COLUMNS = [
  'entry_id',
  'member_id',
  'member_name',
  'project_id',
  'project_name',
  'client_id',
  'client_name',
  'task_id',
  'task_name',
  'team_id',
  'description',
  'tags',
  'billable',
  'billed',
  'invoice_id',
  'billing_reference',
  'source',
  'external_id',
  'recorded_at',
  'started_at',
  'ended_at',
  'local_day',
  'week_key',
  'month_key',
  'tracked_seconds',
  'billable_seconds',
  'rate_minor',
  'amount',
  'cost',
  'currency',
  'deleted',
  'live',
  'revision',
];

function input(state: KnownEntry, revision: number): Record<string, unknown> {
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
    recorded_at: state.recordedAt,
    started_at: state.startedAt,
    ended_at: state.endedAt,
    deleted: state.status === 'deleted',
    revision,
  };
}

/**
 * Writes the entries' rows in one statement, every derived column taken from the dimension tables as they are now:
 * names, client and currency, the team on the entry's day, calendar keys in the organisation's zone, billable seconds
 * after the project's rounding. Amount, cost and rate stay 0/null until rates apply.
 */
export async function upsertEntries(
  em: EntityManager,
  t: ReportTables,
  entries: Iterable<FoldedEntry>,
): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  for (const { state, revision } of entries) {
    if (state.status !== 'none') rows.push(input(state, revision));
  }
  if (rows.length === 0) return;
  const zone = `coalesce((select time_zone from ${t.settings} where id = 1), 'UTC')`;
  const tracked = `coalesce(extract(epoch from d.ended_at - d.started_at)::integer, 0)`;
  await em.query(
    `with x as (
       select * from jsonb_to_recordset($1::jsonb) as x(
         entry_id uuid, member_id uuid, project_id uuid, task_id uuid, description text, tags text[], billable boolean,
         invoice_id uuid, billing_reference text, source text, external_id text, recorded_at timestamptz,
         started_at timestamptz, ended_at timestamptz, deleted boolean, revision integer)
     ), d as (
       select x.*, (x.started_at at time zone ${zone})::date as local_day from x
     )
     insert into ${t.entries} (${COLUMNS.join(', ')})
     select d.entry_id, d.member_id, coalesce(m.name, ''), d.project_id, coalesce(p.name, ''), p.client_id, coalesce(c.name, ''),
            d.task_id, tk.name, tm.team_id, d.description, d.tags, d.billable,
            (d.invoice_id is not null or d.billing_reference is not null), d.invoice_id, d.billing_reference,
            d.source, d.external_id, d.recorded_at, d.started_at, d.ended_at,
            d.local_day, to_char(d.local_day, 'IYYY-"W"IW'), to_char(d.local_day, 'YYYY-MM'),
            ${tracked},
            case when d.billable then ${roundedSecondsSql(tracked, "coalesce(p.rounding_mode, 'none')", 'p.rounding_increment_seconds')} else 0 end,
            null, 0, 0, c.currency, d.deleted, (not d.deleted and d.ended_at is not null), d.revision
       from d
       left join ${t.projects} p on p.project_id = d.project_id
       left join ${t.clients} c on c.client_id = p.client_id
       left join ${t.tasks} tk on tk.task_id = d.task_id
       left join ${t.members} m on m.member_id = d.member_id
       left join lateral (
         select ms.team_id from ${t.memberships} ms
          where ms.member_id = d.member_id and ms.from_date <= d.local_day
          order by ms.from_date desc limit 1) tm on true
     on conflict (entry_id) do update set ${COLUMNS.filter(
       (column) => column !== 'entry_id',
     )
       .map((column) => `${column} = excluded.${column}`)
       .join(', ')}`,
    [JSON.stringify(rows)],
  );
}
