import type { ReportTables } from './report-tables';

/**
 * DDL of the report read model. Index names are left to PostgreSQL, so a shadow set can carry the same indexes
 * and be renamed into place without name clashes.
 */
export function reportTablesDdl(t: ReportTables): string[] {
  return [
    `create table ${t.settings} (id smallint primary key default 1 check (id = 1), time_zone text not null)`,
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
       -- Money in minor units of currency (the client's); filled once rates apply.
       rate_minor bigint,
       amount bigint not null default 0,
       cost bigint not null default 0,
       currency text,
       deleted boolean not null,
       -- Counted by reports: finished and not deleted.
       live boolean not null,
       revision integer not null)`,
  ];
}

/** Secondary indexes: built after a shadow rebuild has loaded its rows (cheaper than maintaining them row by row). */
export function reportIndexesDdl(t: ReportTables): string[] {
  return [
    // Covering: the totals of a period are answered by an index-only scan.
    `create index on ${t.entries} (local_day) include (client_id, project_id, task_id, member_id, team_id, week_key, month_key,
       billable, billed, tracked_seconds, billable_seconds, amount, cost, currency) where live`,
    `create index on ${t.entries} (client_id, local_day) where live`,
    `create index on ${t.entries} (project_id, local_day) where live`,
    `create index on ${t.entries} (member_id, local_day) where live`,
    `create index on ${t.entries} (team_id, local_day) where live`,
    `create index on ${t.entries} (task_id) where live and task_id is not null`,
    `create index on ${t.tasks} (project_id)`,
  ];
}
