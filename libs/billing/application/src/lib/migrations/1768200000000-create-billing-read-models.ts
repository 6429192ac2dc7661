import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `billing_invoices`: the invoice list (the invoice streams stay the truth for one invoice).
 * `billing_entry_claims`: which invoice or reference holds each billed entry. Claimed in one transaction before an
 * invoice takes its number, so two invoices (or a mark) racing for one entry cannot both bill it; released on void,
 * unmark, or when the issue fails before the invoice-issued event.
 */
export class CreateBillingReadModels1768200000000
  implements MigrationInterface
{
  name = 'CreateBillingReadModels1768200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table billing_invoices (
        invoice_id uuid primary key,
        client_id uuid not null,
        status text not null,
        number text,
        sequence integer,
        issued_on text,
        currency text not null,
        subtotal_minor bigint not null,
        tax_minor bigint not null,
        total_minor bigint not null,
        covered_entry_ids uuid[] not null,
        state jsonb not null,
        period jsonb,
        revision integer not null,
        drafted_at timestamptz not null
      )`);
    await runner.query(
      'create index billing_invoices_client on billing_invoices (client_id, status)',
    );
    await runner.query(`
      create table billing_entry_claims (
        entry_id uuid primary key,
        claimed_by text not null,
        claimed_at timestamptz not null default now()
      )`);
    await runner.query(
      'create index billing_entry_claims_by on billing_entry_claims (claimed_by)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table billing_entry_claims');
    await runner.query('drop table billing_invoices');
  }
}
