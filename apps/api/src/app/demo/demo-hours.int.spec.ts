import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DEMO_MEMBERS } from '@billing/organisation/application';
import { addDays, isoWeekday, localDate, localDateOf, partsOf, type LocalDate, type TimeZone } from '@billing/shared/kernel';
import { getJson, postJson, recreateDatabase, startTestApi, type TestApi } from '../../testing/test-api';
import { eventually } from '../../testing/eventually';
import { DEMO_WORKERS } from './demo-hours-data';
import { demoHoursRange } from './demo-hours-plan';
import { DemoHoursSeeder } from './demo-hours.seeder';

const BERLIN = 'Europe/Berlin' as TimeZone;

describe('demo hours (DEMO_DATA=full, real PostgreSQL)', () => {
  let api: TestApi;
  let db: DataSource;
  let firstRun: Awaited<ReturnType<DemoHoursSeeder['seedIfNeeded']>>;
  const today = localDateOf(new Date(), BERLIN);
  const { from, to } = demoHoursRange(today);

  beforeAll(async () => {
    const url = await recreateDatabase('billing_api_hours_demo');
    // The organisation seed runs at start (DEMO_DATA is not off); the hours run here instead of after listen.
    api = await startTestApi({ DATABASE_URL: url, DEMO_DATA: 'full' });
    db = api.app.get<DataSource>(getDataSourceToken());
    firstRun = await api.app.get(DemoHoursSeeder).seedIfNeeded();
    // The seed does not wait for read models; the entry list catches up on its own.
    await eventually(async () => {
      const [{ n }] = await db.query('select count(*)::int as n from tt_time_entries');
      expect(n).toBe(firstRun.entries);
    }, 60_000, 250);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('books every working day of the range for each member-role person, no weekend and nothing in the future', async () => {
    expect(firstRun.seeded).toBe(true);
    expect(firstRun.entries).toBeGreaterThan(300);
    const rows: { email: string; local_day: string; ended: string }[] = await db.query(
      `select m.email, e.local_day, max(e.ended_at) as ended from tt_time_entries e join org_members m on m.id = e.member_id
        where not e.deleted group by m.email, e.local_day`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const workingDays: LocalDate[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) if (isoWeekday(day) <= 5) workingDays.push(day);
    const trackers = DEMO_MEMBERS.filter((member) => member.roles.includes('member'));
    expect(trackers.map((member) => member.label).sort()).toEqual(DEMO_WORKERS.map((worker) => worker.label).sort());
    for (const member of trackers) {
      const days = rows.filter((row) => row.email === member.email).map((row) => row.local_day).sort();
      expect(days).toEqual(workingDays);
    }
    expect(rows.filter((row) => isoWeekday(row.local_day as LocalDate) > 5)).toEqual([]);
    expect(rows.filter((row) => row.local_day < from || row.local_day >= today)).toEqual([]);
    expect(rows.filter((row) => new Date(row.ended).getTime() > Date.now())).toEqual([]);
    const [{ internal }] = await db.query('select count(*)::int as internal from tt_time_entries where not billable');
    expect(internal).toBeGreaterThan(0);
  });

  it('appends nothing on a second run', async () => {
    const count = async () => Number((await db.query('select count(*)::int as n from event_store.events'))[0].n);
    const before = await count();
    expect(await api.app.get(DemoHoursSeeder).seedIfNeeded()).toEqual({ seeded: false, entries: 0, seconds: 0 });
    expect(await count()).toBe(before);
  });

  it("values last month's hours in each client's currency, with costs", async () => {
    const login = await postJson(`${api.baseUrl}/auth/login`, { email: 'finance@example.com', password: 'demo-password-123' });
    expect(login.status).toBe(200);
    const { year, month } = partsOf(today);
    const lastMonth = localDate(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, 1);
    const period = { from: lastMonth, to: addDays(localDate(year, month, 1), -1) };
    const report = await eventually(async () => {
      const reply = await postJson(`${api.baseUrl}/reports/time`, { period, groupBy: ['client'] }, { authorization: `Bearer ${login.body.accessToken}` });
      expect(reply.status).toBe(200);
      const groups: { label: string; totals: { amount: number; cost: number; currency: string; billableSeconds: number } }[] = reply.body.groups;
      expect(groups.map((group) => group.totals.currency).sort()).toEqual(['EUR', 'JPY', 'USD']);
      for (const group of groups) {
        expect(group.totals.amount).toBeGreaterThan(0);
        expect(group.totals.cost).toBeGreaterThan(0);
      }
      return groups;
    }, 60_000, 250);
    for (const group of report) expect(group.totals.billableSeconds).toBeGreaterThan(0);
  });

  it("shows Max behind in Rita's Pace (his last working days are short against a 7-hour schedule)", async () => {
    const login = await postJson(`${api.baseUrl}/auth/login`, { email: 'responsible@example.com', password: 'demo-password-123' });
    expect(login.status).toBe(200);
    const behind = await eventually(async () => {
      const reply = await getJson(`${api.baseUrl}/pace/behind`, { authorization: `Bearer ${login.body.accessToken}` });
      expect(reply.status).toBe(200);
      const names: string[] = reply.body.members.map((member: { name: string }) => member.name);
      expect(names).toContain('Max Member');
      return names;
    }, 60_000, 250);
    expect(behind).not.toContain('Lena Fischer'); // Design: not Rita's team
  });
});
