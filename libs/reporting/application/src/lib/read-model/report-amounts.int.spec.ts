import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import { ReportWorld } from '../../testing/report-world';
import { adjustingEntriesSql } from '../time-report/export-rows-sql';
import { TimeReports } from '../time-report/time-reports';
import { LIVE_REPORT_TABLES } from './report-tables';

const at = (instant: string) => Date.parse(instant) / 1000;
const HOUR = 3600;

/** Each scenario is its own organisation in one database; reports are filtered to the scenario's clients. */
describe('report amounts from the rate book (PostgreSQL)', () => {
  let testApp: ReportTestApp;
  let reports: TimeReports;

  beforeAll(async () => {
    testApp = await startReportTestApp({
      databaseUrl: await recreateDatabase('billing_report_test_amounts'),
      now: '2026-04-15T12:00:00Z',
    });
    reports = testApp.app.get(TimeReports);
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  /** How many of a world's events were appended already (each call appends only the new ones). */
  const appended = new WeakMap<ReportWorld, number>();

  async function entriesOf(world: ReportWorld, month = '2026-03') {
    appended.set(
      world,
      await world.appendTo(testApp.eventStore, appended.get(world) ?? 0),
    );
    await testApp.caughtUp();
    const report = await reports.run(
      {
        period: { from: `${month}-01`, to: `${month}-31` },
        filters: { clientIds: [...world.clients.keys()] },
        groupBy: [],
        entries: { page: 1, pageSize: 100 },
      },
      { kind: 'all' },
    );
    const byId = new Map(
      (report.entries?.items ?? []).map((entry) => [entry.entryId, entry]),
    );
    return { totals: report.totals, byId };
  }

  it('values entries with the project rate, rounded per project, with member costs and profit', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('Europe/Berlin');
    const ada = world.member('Ada');
    const client = world.client('Acme', 'EUR');
    const project = world.project(client, 'Portal', {
      mode: 'up',
      incrementMinutes: 15,
    });
    world.setRate(
      { level: 'project', projectId: project as never },
      '2026-01-01',
      12_000,
    );
    world.setCostRate(ada, '2026-01-01', 4_500);
    const long = world.log({
      memberId: ada,
      projectId: project,
      start: at('2026-03-02T08:00:00Z'),
      durationSeconds: HOUR + 601,
    });
    const unpaid = world.log({
      memberId: ada,
      projectId: project,
      billable: false,
      start: at('2026-03-03T08:00:00Z'),
      durationSeconds: 1800,
    });
    const { totals, byId } = await entriesOf(world);
    // 1:10:01 rounds up to 1:15 = 4500 s; 4500 x 12000 / 3600 = 15000 (EUR 150.00)
    expect(byId.get(long)).toMatchObject({
      billableSeconds: 4500,
      rate: 12_000,
      amount: 15_000,
      // cost on unrounded time: 4201 x 4500 / 3600 = 5251.25 -> 5251
      cost: 5_251,
      currency: 'EUR',
      costCurrency: 'EUR',
    });
    // not billable: no amount, no rate shown; still costed: 1800 x 4500 / 3600 = 2250
    expect(byId.get(unpaid)).toMatchObject({
      billableSeconds: 0,
      rate: null,
      amount: 0,
      cost: 2_250,
    });
    // profit = 15000 - (5251 + 2250) = 7499
    expect(totals).toMatchObject({
      amount: 15_000,
      cost: 7_501,
      profit: 7_499,
      currency: 'EUR',
      costCurrency: 'EUR',
    });
  }, 60_000);

  it('never subtracts an EUR cost from a USD amount: a USD client of an EUR organisation has no profit, an EUR client an exact one', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('UTC');
    const ada = world.member('Ada');
    const bea = world.member('Bea'); // no cost rate
    const usd = world.client('Initech', 'USD');
    const eur = world.client('Acme', 'EUR');
    const usdProject = world.project(usd, 'Migration');
    const eurProject = world.project(eur, 'Portal');
    world.setRate({ level: 'client', clientId: usd as never }, '2026-01-01', 20_000, 'USD');
    world.setRate({ level: 'client', clientId: eur as never }, '2026-01-01', 12_000, 'EUR');
    world.setCostRate(ada, '2026-01-01', 4_500); // the organisation's currency, EUR
    const log = (memberId: string, projectId: string, day: string) =>
      world.log({ memberId, projectId, start: at(`2026-03-${day}T08:00:00Z`), durationSeconds: 2 * HOUR });
    const usdByAda = log(ada, usdProject, '02');
    log(bea, usdProject, '03');
    const eurByAda = log(ada, eurProject, '04');
    appended.set(world, await world.appendTo(testApp.eventStore, appended.get(world) ?? 0));
    await testApp.caughtUp();
    const report = await reports.run(
      {
        period: { from: '2026-03-01', to: '2026-03-31' },
        filters: { clientIds: [...world.clients.keys()] },
        groupBy: ['client', 'member'],
        entries: { page: 1, pageSize: 100 },
      },
      { kind: 'all' },
    );
    const entries = new Map((report.entries?.items ?? []).map((entry) => [entry.entryId, entry]));
    // 2 h x 200.00 USD = 400.00 USD; 2 h x 45.00 EUR = 90.00 EUR
    expect(entries.get(usdByAda)).toMatchObject({ amount: 40_000, currency: 'USD', cost: 9_000, costCurrency: 'EUR' });
    expect(entries.get(eurByAda)).toMatchObject({ amount: 24_000, currency: 'EUR', cost: 9_000, costCurrency: 'EUR' });
    const [acme, initech] = report.groups;
    expect(acme?.totals).toMatchObject({ amount: 24_000, cost: 9_000, profit: 15_000, currency: 'EUR', costCurrency: 'EUR' });
    expect(initech?.totals).toMatchObject({ amount: 80_000, cost: 9_000, profit: null, currency: 'USD', costCurrency: 'EUR' });
    // Within the USD client: Ada's EUR cost gives no profit; Bea, not costed, keeps the amount as profit.
    expect(initech?.children.map((member) => [member.label, member.totals.profit, member.totals.costCurrency])).toEqual([
      ['Ada', null, 'EUR'],
      ['Bea', 40_000, null],
    ]);
    expect(report.totals).toMatchObject({ amount: 104_000, cost: 18_000, profit: null, currency: null, costCurrency: 'EUR' });
  }, 60_000);

  it('a rate change in mid-month values again only the unbilled entries from its day; billed ones keep their amount until unbilled', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('UTC');
    const ada = world.member('Ada');
    const client = world.client('Acme', 'EUR');
    const project = world.project(client, 'Portal');
    const scope = { level: 'project' as const, projectId: project as never };
    world.setRate(scope, '2026-01-01', 10_000);
    const early = world.log({
      memberId: ada,
      projectId: project,
      start: at('2026-03-05T09:00:00Z'),
      durationSeconds: 2 * HOUR,
    });
    const later = world.log({
      memberId: ada,
      projectId: project,
      start: at('2026-03-20T09:00:00Z'),
      durationSeconds: 2 * HOUR,
    });
    const billed = world.log({
      memberId: ada,
      projectId: project,
      start: at('2026-03-25T09:00:00Z'),
      durationSeconds: 2 * HOUR,
    });
    world.bill(billed, { kind: 'reference', reference: 'EXT-7' });
    await entriesOf(world);
    const [before] = (await testApp.dataSource.query(
      `select count(*)::int as versions from rpt_time_entry_versions where entry_id = $1`,
      [early],
    )) as Array<{ versions: number }>;

    world.setRate(scope, '2026-03-15', 13_000);
    const afterChange = await entriesOf(world);
    // 2 h x 10000 = 20000 before the 15th; 2 h x 13000 = 26000 from it; the billed entry stays at 20000
    expect(afterChange.byId.get(early)).toMatchObject({
      rate: 10_000,
      amount: 20_000,
    });
    expect(afterChange.byId.get(later)).toMatchObject({
      rate: 13_000,
      amount: 26_000,
    });
    expect(afterChange.byId.get(billed)).toMatchObject({
      billed: true,
      rate: 10_000,
      amount: 20_000,
    });
    expect(afterChange.totals.amount).toBe(66_000);
    // Untouched rows get no new version.
    const [after] = (await testApp.dataSource.query(
      `select count(*)::int as versions from rpt_time_entry_versions where entry_id = $1`,
      [early],
    )) as Array<{ versions: number }>;
    expect(after?.versions).toBe(before?.versions);

    world.unbill(billed);
    const afterUnbill = await entriesOf(world);
    expect(afterUnbill.byId.get(billed)).toMatchObject({
      billed: false,
      rate: 13_000,
      amount: 26_000,
    });
    expect(afterUnbill.totals.amount).toBe(72_000);
  }, 60_000);

  it('prices in the minor units of the client currency: JPY (0 digits) and KWD (3 digits), round half up', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('Asia/Tokyo');
    const ada = world.member('Ada');
    const tokyo = world.client('Tokyo KK', 'JPY');
    const kuwait = world.client('Kuwait Co', 'KWD');
    const yen = world.project(tokyo, 'Yen work');
    const dinar = world.project(kuwait, 'Dinar work');
    world.setRate(
      { level: 'client', clientId: tokyo as never },
      '2026-01-01',
      12_345,
      'JPY',
    );
    world.setRate(
      { level: 'client', clientId: kuwait as never },
      '2026-01-01',
      25_500,
      'KWD',
    );
    // An organisation rate in EUR cannot bill either client (other currency).
    world.setRate({ level: 'organisation' }, '2026-01-01', 9_000, 'EUR');
    const yenEntry = world.log({
      memberId: ada,
      projectId: yen,
      start: at('2026-03-10T01:00:00Z'),
      durationSeconds: 1201,
    });
    const dinarEntry = world.log({
      memberId: ada,
      projectId: dinar,
      start: at('2026-03-10T03:00:00Z'),
      durationSeconds: 1000,
    });
    const { byId } = await entriesOf(world);
    // 1201 x 12345 / 3600 = 4118.40 -> JPY 4118
    expect(byId.get(yenEntry)).toMatchObject({
      currency: 'JPY',
      rate: 12_345,
      amount: 4_118,
    });
    // 1000 x 25500 / 3600 = 7083.33 -> KWD 7.083
    expect(byId.get(dinarEntry)).toMatchObject({
      currency: 'KWD',
      rate: 25_500,
      amount: 7_083,
    });

    // 1800 x 12345 / 3600 = 6172.5 -> half up -> JPY 6173
    const half = world.log({
      memberId: ada,
      projectId: yen,
      start: at('2026-03-11T01:00:00Z'),
      durationSeconds: 1800,
    });
    expect((await entriesOf(world)).byId.get(half)).toMatchObject({
      amount: 6_173,
    });
  }, 60_000);

  it('leaves a billable entry without a usable rate at 0 with no rate, and prices it once a rate covers its day', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('UTC');
    const ada = world.member('Ada');
    const client = world.client('Acme', 'USD');
    const project = world.project(client, 'Portal');
    world.setRate(
      { level: 'member', memberId: ada as never },
      '2026-01-01',
      8_000,
      'EUR',
    );
    const entry = world.log({
      memberId: ada,
      projectId: project,
      start: at('2026-03-10T09:00:00Z'),
      durationSeconds: HOUR,
    });
    expect((await entriesOf(world)).byId.get(entry)).toMatchObject({
      rate: null,
      amount: 0,
    });
    const [missing] = (await testApp.dataSource.query(
      `select count(*)::int as n from rpt_time_entries where entry_id = $1 and live and billable and rate_minor is null`,
      [entry],
    )) as Array<{ n: number }>;
    expect(missing?.n).toBe(1);

    world.setRate(
      {
        level: 'member-on-project',
        memberId: ada as never,
        projectId: project as never,
      },
      '2026-03-10',
      9_900,
      'USD',
    );
    expect((await entriesOf(world)).byId.get(entry)).toMatchObject({
      rate: 9_900,
      amount: 9_900,
    });
  }, 60_000);

  it('an adjusting entry posted into April changes April by exactly its signed seconds and cents; March stays as closed', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('Europe/Berlin');
    const ada = world.member('Ada');
    const client = world.client('Acme', 'EUR');
    const project = world.project(client, 'Portal', { mode: 'up', incrementMinutes: 15 });
    world.setRate({ level: 'project', projectId: project as never }, '2026-01-01', 12_000);
    world.setCostRate(ada, '2026-01-01', 4_500);
    const march = world.log({ memberId: ada, projectId: project, start: at('2026-03-10T08:00:00Z'), durationSeconds: HOUR + 601 });
    world.log({ memberId: ada, projectId: project, start: at('2026-04-02T08:00:00Z'), durationSeconds: HOUR });
    const run = async (from: string, to: string, asOf?: string) => {
      appended.set(world, await world.appendTo(testApp.eventStore, appended.get(world) ?? 0));
      await testApp.caughtUp();
      return reports.run(
        {
          period: { from, to },
          filters: { clientIds: [...world.clients.keys()] },
          groupBy: ['month'],
          entries: { page: 1, pageSize: 100 },
          ...(asOf === undefined ? {} : { asOf }),
        },
        { kind: 'all' },
      );
    };
    const marchBefore = await run('2026-03-01', '2026-03-31');
    const aprilBefore = await run('2026-04-01', '2026-04-30');
    // 1 April starts at 2026-03-31T22:00Z in Berlin (CEST): the correction is an April row
    const adjustment = world.adjust(march, '2026-04-01', at('2026-03-31T22:00:00Z'), -(HOUR + 601), 'not worked');
    const marchAfter = await run('2026-03-01', '2026-03-31');
    const aprilAfter = await run('2026-04-01', '2026-04-30');

    expect(marchAfter.totals).toEqual(marchBefore.totals);
    expect(marchAfter.entries?.items).toEqual(marchBefore.entries?.items);
    expect(aprilAfter.entries?.items.find((entry) => entry.entryId === adjustment)).toMatchObject({
      day: '2026-04-01',
      trackedSeconds: -4_201, // -(1:10:01)
      billableSeconds: -4_500, // |-4201| rounds up to 1:15, sign kept: cancels the March entry's 4,500 s
      rate: 12_000,
      amount: -15_000, // -4500 x 12000 / 3600
      cost: -5_251, // -4201 x 4500 / 3600 = -5251.25 -> -5251
      adjustsEntryId: march,
      adjustmentReason: 'not worked',
    });
    const ordinary = [...(marchAfter.entries?.items ?? []), ...(aprilAfter.entries?.items ?? [])].filter((entry) => entry.entryId !== adjustment);
    expect(ordinary).toHaveLength(2);
    for (const entry of ordinary) expect([entry.adjustsEntryId, entry.adjustmentReason]).toEqual([null, null]);
    expect(aprilAfter.totals).toMatchObject({
      trackedSeconds: aprilBefore.totals.trackedSeconds - 4_201,
      billableSeconds: aprilBefore.totals.billableSeconds - 4_500,
      amount: aprilBefore.totals.amount - 15_000,
      cost: aprilBefore.totals.cost - 5_251,
      profit: (aprilBefore.totals.profit ?? Number.NaN) - 15_000 + 5_251,
      entryCount: aprilBefore.totals.entryCount + 1,
    });
    // March + April together: the adjusted entry and its correction cancel to the second and the cent
    const both = await run('2026-03-01', '2026-04-30');
    expect(both.totals.amount).toBe(aprilBefore.totals.amount);
    expect(both.totals.billableSeconds).toBe(aprilBefore.totals.billableSeconds);

    // Deleted, then restored (each folded from the stored row, not from the posting event): the restored row is still
    // labelled, and the report as of an instant while it was posted reads the label from the row versions.
    // The instant the posted version of the row began (the posting's recorded time, as the database wrote it): a
    // test-side clock reading could fall in the same millisecond and, truncated, land before it.
    const [{ whilePosted }] = (await testApp.dataSource.query(
      `select to_char(max(valid_from) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "whilePosted" from ${LIVE_REPORT_TABLES.versions} where entry_id = $1`,
      [adjustment],
    )) as [{ whilePosted: string }];
    world.remove(adjustment);
    const whileDeleted = await run('2026-04-01', '2026-04-30');
    expect(whileDeleted.entries?.items.map((entry) => entry.entryId)).not.toContain(adjustment);
    world.restore(adjustment);
    const labelled = { entryId: adjustment, adjustsEntryId: march, adjustmentReason: 'not worked', trackedSeconds: -4_201 };
    expect((await run('2026-04-01', '2026-04-30')).entries?.items).toContainEqual(expect.objectContaining(labelled));
    // What a PDF export reads before its rows: the selection's adjusting entries, and only those.
    const adjusting = (from: string, to: string) => {
      const { sql, values } = adjustingEntriesSql({ period: { from, to }, filters: { clientIds: [...world.clients.keys()] }, scope: { kind: 'all' } });
      return testApp.dataSource.query(sql, values);
    };
    expect(await adjusting('2026-03-01', '2026-04-30')).toEqual([{ adjusts_entry_id: march, adjustment_reason: 'not worked' }]);
    expect(await adjusting('2026-03-01', '2026-03-31')).toEqual([]);
    const asOf = await run('2026-04-01', '2026-04-30', whilePosted);
    expect(asOf.entries?.items).toContainEqual(expect.objectContaining(labelled));
    expect(asOf.entries?.items).toHaveLength(2);
  }, 60_000);
});
