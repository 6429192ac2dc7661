import {
  ENTRY_COLUMNS,
  type EntryColumn,
  VERSIONED_COLUMNS,
} from './entry-columns';
import type { ReportTables } from './report-tables';

/**
 * DDL of the report read model. Index names are left to PostgreSQL, so a shadow set can carry the same indexes
 * and be renamed into place without name clashes.
 */
export function reportTablesDdl(t: ReportTables): string[] {
  return [
    `create table ${t.settings} (id smallint primary key default 1 check (id = 1), time_zone text not null, organisation_id uuid)`,
    `create table ${t.members} (member_id uuid primary key, name text not null)`,
    `create table ${t.teams} (team_id uuid primary key, name text not null)`,
    `create table ${t.memberships} (
       member_id uuid not null,
       from_date date not null,
       team_id uuid,
       primary key (member_id, from_date))`,
    `create table ${t.clients} (client_id uuid primary key, name text not null, currency text not null)`,
    `create table ${t.projects} (
       project_id uuid primary key,
       client_id uuid not null,
       name text not null,
       rounding_mode text not null,
       rounding_increment_seconds integer not null)`,
    `create table ${t.tasks} (task_id uuid primary key, project_id uuid not null, name text not null)`,
    `create table ${t.rateBooks} (organisation_id uuid primary key, book jsonb not null)`,
    `create table ${t.entries} (
       entry_id uuid primary key,
       member_id uuid not null,
       member_name text not null,
       project_id uuid not null,
       project_name text not null,
       client_id uuid,
       client_name text not null,
       task_id uuid,
       task_name text,
       -- The member's team on the entry's day (effective-dated membership); null when in no team.
       team_id uuid,
       description text not null,
       tags text[] not null,
       billable boolean not null,
       billed boolean not null,
       invoice_id uuid,
       billing_reference text,
       source text not null,
       external_id text,
       -- Only on adjusting entries (source 'adjustment'): the entry corrected and why.
       adjusts_entry_id uuid,
       adjustment_reason text,
       recorded_at timestamptz not null,
       started_at timestamptz not null,
       ended_at timestamptz,
       -- Calendar keys of the start in the organisation's zone.
       local_day date not null,
       week_key text not null,
       month_key text not null,
       tracked_seconds integer not null,
       -- After the project's rounding (at billing time for billed entries); 0 when not billable.
       billable_seconds integer not null,
       -- Money in minor units (valued with the rates domain's valueEntry), frozen while billed: amount in the client's
       -- currency, cost in cost_currency.
       -- rate_minor: the hourly rate applied to a billable entry; null when not billable or when no rate was found.
       rate_minor bigint,
       amount bigint not null default 0,
       cost bigint not null default 0,
       currency text,
       -- The currency of cost: the member's cost rate's own (normally the organisation's); null when nothing was costed.
       cost_currency text,
       deleted boolean not null,
       -- Counted by reports: finished and not deleted.
       live boolean not null,
       revision integer not null,
       -- Recorded-at of the last event that changed the row: where its current version starts.
       changed_at timestamptz not null)`,
    // The same columns plus the validity of each version; the primary key serves the trigger's "close the open one".
    `create table ${t.versions} (
       like ${t.entries},
       valid_from timestamptz not null,
       valid_to timestamptz,
       primary key (entry_id, valid_from))`,
    ...historyTriggersDdl(t),
  ];
}

/**
 * One function for the live and the shadow set: the versions table is found from the entries table's current name
 * and schema, so the triggers keep working after the shadow tables are renamed into place, and in a copy of the
 * tables in another schema (the audit's replay). An update makes versions only of the
 * rows whose counted columns changed (a rename, for instance, makes none). `except`: columns the tables do not have
 * (a migration's down).
 */
export function historyFunctionDdl(
  except: readonly EntryColumn[] = [],
): string {
  const copied = ENTRY_COLUMNS.filter((column) => !except.includes(column));
  const versioned = VERSIONED_COLUMNS.filter(
    (column) => !except.includes(column),
  );
  const columns = copied.join(', ');
  const fromChanged = copied.map((column) => `n.${column}`).join(', ');
  const replace = copied
    .filter((column) => column !== 'entry_id')
    .map((column) => `${column} = excluded.${column}`)
    .join(', ');
  const differs = `(${versioned.map((column) => `o.${column}`).join(', ')}) is distinct from (${versioned.map((column) => `n.${column}`).join(', ')})`;
  return `create or replace function rpt_record_entry_versions() returns trigger language plpgsql as $fn$
    declare
      versions text := replace(TG_TABLE_NAME, 'rpt_time_entries', 'rpt_time_entry_versions');
      source text := case when TG_OP = 'UPDATE'
        then 'select n.* from changed n join before o on o.entry_id = n.entry_id where ${differs}'
        else 'select * from changed' end;
    begin
      -- The open version ends where the new one starts; a version opened at the same instant is replaced instead.
      -- A row just inserted has no version yet (rows are never deleted, only truncated with their history).
      -- An update that changed no counted column (a rename) writes nothing: checked on the transition tables alone,
      -- so it never plans a join against the whole history.
      if TG_OP = 'UPDATE' then
        if not exists (select 1 from changed n join before o on o.entry_id = n.entry_id where ${differs}) then
          return null;
        end if;
        execute format('update %I.%I v set valid_to = n.changed_at from (%s) n
                         where v.entry_id = n.entry_id and v.valid_to is null and v.valid_from < n.changed_at',
                       TG_TABLE_SCHEMA, versions, source);
      end if;
      execute format('insert into %I.%I (${columns}, valid_from, valid_to)
                      select ${fromChanged}, n.changed_at, null from (%s) n
                      on conflict (entry_id, valid_from) do update set ${replace}', TG_TABLE_SCHEMA, versions, source);
      return null;
    end $fn$`;
}

/** Statement-level triggers (one per event: transition tables allow no more) writing every change as a version. */
export function historyTriggersDdl(t: ReportTables): string[] {
  return [
    `create trigger rpt_entry_versions_on_insert after insert on ${t.entries}
       referencing new table as changed for each statement execute function rpt_record_entry_versions()`,
    `create trigger rpt_entry_versions_on_update after update on ${t.entries}
       referencing old table as before new table as changed for each statement execute function rpt_record_entry_versions()`,
  ];
}

/** What the totals count, group and filter by: the covering indexes' included columns. */
const TOTALS_COLUMNS: readonly EntryColumn[] = [
  'client_id',
  'project_id',
  'task_id',
  'member_id',
  'team_id',
  'week_key',
  'month_key',
  'billable',
  'billed',
  'tracked_seconds',
  'billable_seconds',
  'amount',
  'cost',
  'currency',
  'cost_currency',
];

/**
 * The covering indexes: the totals of a period are answered by an index-only scan of the rows, and as of an instant
 * of the versions (with their validity). `except`: columns the tables do not have (a migration's down).
 */
export function coveringIndexesDdl(
  t: ReportTables,
  except: readonly EntryColumn[] = [],
): string[] {
  const included = TOTALS_COLUMNS.filter(
    (column) => !except.includes(column),
  ).join(', ');
  return [
    `create index on ${t.entries} (local_day) include (${included}) where live`,
    `create index on ${t.versions} (local_day) include (valid_from, valid_to, ${included}) where live`,
  ];
}

/** Secondary indexes: built after a shadow rebuild has loaded its rows (cheaper than maintaining them row by row). */
export function reportIndexesDdl(t: ReportTables): string[] {
  return [
    ...coveringIndexesDdl(t),
    `create index on ${t.entries} (client_id, local_day) where live`,
    `create index on ${t.entries} (project_id, local_day) where live`,
    `create index on ${t.entries} (member_id, local_day) where live`,
    `create index on ${t.entries} (team_id, local_day) where live`,
    `create index on ${t.entries} (task_id) where live and task_id is not null`,
    `create index on ${t.tasks} (project_id)`,
    // The close checklist's "billable entries without a rate".
    `create index on ${t.entries} (local_day) where live and billable and rate_minor is null`,
  ];
}
