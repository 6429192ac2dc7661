import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { TeamId } from '@billing/shared/kernel';
import { entriesWithoutRateItem } from './entries-without-rate';

const SERVER =
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
const DATABASE = 'billing_closing_test_missing_rates';
const TEAM_A = '00000000-0000-4000-8000-0000000000a1' as TeamId;
const TEAM_B = '00000000-0000-4000-8000-0000000000b1' as TeamId;

/**
 * The checklist item over the columns it reads of the report read model (`rpt_time_entries`), on real PostgreSQL:
 * billable, live, no rate, within the month, optionally in the teams on the entry's day.
 */
describe('close checklist: billable entries without a rate (PostgreSQL)', () => {
  let admin: Client;
  let db: Client;
  /** The DataSource's `query` shape (rows as an array) over the plain client. */
  const dataSource = {
    query: async (sql: string, parameters?: unknown[]) =>
      (await db.query(sql, parameters)).rows,
  } as unknown as Pick<DataSource, 'query'>;

  beforeAll(async () => {
    admin = new Client({ connectionString: `${SERVER}/postgres` });
    await admin.connect();
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE}`);
    db = new Client({ connectionString: `${SERVER}/${DATABASE}` });
    await db.connect();
  }, 30_000);

  afterAll(async () => {
    await db?.end();
    await admin?.query(`drop database if exists ${DATABASE} with (force)`);
    await admin?.end();
  });

  it('is not available without the report read model', async () => {
    const item = await entriesWithoutRateItem(dataSource, '2026-03', null);
    expect(item).toMatchObject({
      item: 'entries-without-rate',
      status: 'not-available',
      count: 0,
    });
  });

  it('lists the billable live entries of the month that no rate prices, per team when asked', async () => {
    await db.query(`create table rpt_time_entries (
      entry_id uuid primary key, member_id uuid not null, team_id uuid, local_day date not null,
      billable boolean not null, live boolean not null, rate_minor bigint, billable_seconds integer not null)`);
    const row = (
      n: number,
      day: string,
      team: string | null,
      billable: boolean,
      live: boolean,
      rate: number | null,
    ) =>
      db.query(
        `insert into rpt_time_entries values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
          '00000000-0000-4000-8000-00000000aaaa',
          team,
          day,
          billable,
          live,
          rate,
          900 * n,
        ],
      );
    await row(1, '2026-03-01', TEAM_A, true, true, null); // counted
    await row(2, '2026-03-31', TEAM_B, true, true, null); // counted (last day)
    await row(3, '2026-03-15', TEAM_A, true, true, 12_000); // priced
    await row(4, '2026-03-15', TEAM_A, false, true, null); // not billable
    await row(5, '2026-03-15', TEAM_A, true, false, null); // deleted or running
    await row(6, '2026-04-01', TEAM_A, true, true, null); // next month
    await row(7, '2026-02-28', TEAM_A, true, true, null); // previous month

    const all = await entriesWithoutRateItem(dataSource, '2026-03', null);
    expect(all).toMatchObject({
      status: 'open',
      count: 2,
      seconds: 900 + 1800,
    });
    expect(all.findings.map((finding) => finding.day)).toEqual([
      '2026-03-01',
      '2026-03-31',
    ]);
    expect(all.findings[0]).toMatchObject({
      target: {
        kind: 'entry',
        entryId: '00000000-0000-4000-8000-000000000001',
      },
      reason: 'missing-rate',
    });

    expect(
      await entriesWithoutRateItem(dataSource, '2026-03', [TEAM_B]),
    ).toMatchObject({ count: 1, seconds: 1800 });
    expect(
      await entriesWithoutRateItem(dataSource, '2026-05', null),
    ).toMatchObject({ status: 'clear', count: 0 });
  });
});
