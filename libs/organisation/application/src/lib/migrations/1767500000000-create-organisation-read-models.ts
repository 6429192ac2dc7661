import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the organisation context; every row keeps the revision of the stream it reflects. */
export class CreateOrganisationReadModels1767500000000 implements MigrationInterface {
  name = 'CreateOrganisationReadModels1767500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table org_settings (
        organisation_id uuid primary key,
        name text not null,
        time_zone text not null,
        default_currency text not null,
        invoice_number_format text not null,
        default_time_rounding jsonb not null,
        submission_deadline_rule jsonb not null,
        revision integer not null
      )`);
    await runner.query(`
      create table org_members (
        id uuid primary key,
        name text not null,
        email text not null,
        roles text[] not null,
        status text not null,
        revision integer not null
      )`);
    await runner.query('create index org_members_email on org_members (email)');
    await runner.query(`
      create table org_member_email_reservations (
        email text primary key,
        member_id uuid not null,
        reserved_at timestamptz not null default now()
      )`);
    await runner.query(`
      create table org_team_memberships (
        member_id uuid not null,
        from_date text not null,
        until_date text,
        team_id uuid,
        revision integer not null,
        primary key (member_id, from_date)
      )`);
    await runner.query('create index org_team_memberships_team on org_team_memberships (team_id, from_date)');
    await runner.query(`
      create table org_teams (
        id uuid primary key,
        name text not null,
        responsible_ids uuid[] not null,
        status text not null,
        revision integer not null
      )`);
    await runner.query(`
      create table org_clients (
        id uuid primary key,
        name text not null,
        currency text not null,
        tax_rate_basis_points integer not null,
        responsible_ids uuid[] not null,
        status text not null,
        revision integer not null
      )`);
    await runner.query(`
      create table org_projects (
        id uuid primary key,
        client_id uuid not null,
        name text not null,
        currency text not null,
        billing_model_kind text not null,
        invoice_lines_per text,
        fee_minor bigint,
        period_unit text,
        included_seconds integer,
        overage_rate_minor_per_hour bigint,
        estimate jsonb not null,
        budget_alert_threshold_percent integer,
        status text not null,
        default_billable boolean not null,
        required_fields jsonb not null,
        time_rounding jsonb not null,
        responsible_ids uuid[] not null,
        member_ids uuid[] not null,
        revision integer not null
      )`);
    await runner.query('create index org_projects_client on org_projects (client_id)');
    await runner.query(`
      create table org_tasks (
        id uuid primary key,
        project_id uuid not null,
        name text not null,
        estimate_seconds integer,
        billable boolean not null,
        archived boolean not null,
        revision integer not null
      )`);
    await runner.query('create index org_tasks_project on org_tasks (project_id)');
    await runner.query(`
      create table org_milestones (
        id uuid primary key,
        project_id uuid not null,
        name text not null,
        due_date text not null,
        amount_minor bigint not null,
        currency text not null,
        completed_on text,
        revision integer not null
      )`);
    await runner.query('create index org_milestones_project on org_milestones (project_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'org_milestones',
      'org_tasks',
      'org_projects',
      'org_clients',
      'org_teams',
      'org_team_memberships',
      'org_member_email_reservations',
      'org_members',
      'org_settings',
    ]) {
      await runner.query(`drop table if exists ${table}`);
    }
  }
}
