import fc from 'fast-check';
import {
  REPORT_GROUP_BY,
  type ReportGroupBy,
  type TimeReportFilters,
} from '@billing/reporting/contracts';
import {
  RATE_LEVELS,
  type RateScope,
  rateScopeKey,
} from '@billing/rates/domain';
import type { TimeRounding } from '@billing/shared/kernel';
import { DataSource } from 'typeorm';
import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import {
  flattenReport,
  referenceGroups,
  referenceSelect,
  ReportWorld,
} from '../../testing/report-world';
import { parallelTotals } from './parallel-totals';
import { TimeReports } from './time-reports';

const WINDOW_START = Date.parse('2026-03-01T00:00:00Z') / 1000; // Berlin and New York change to summer time inside the window
const WINDOW_SECONDS = 60 * 86_400;
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Auckland',
];
const ROUNDINGS: TimeRounding[] = [
  { mode: 'none' },
  { mode: 'up', incrementMinutes: 15 },
  { mode: 'down', incrementMinutes: 6 },
  { mode: 'nearest', incrementMinutes: 30 },
  { mode: 'up', incrementMinutes: 1 },
];
const TAGS = ['a', 'b', 'c'];
const CURRENCIES = ['EUR', 'USD', 'JPY', 'KWD'];

const rate = fc.record({
  level: fc.constantFrom(...RATE_LEVELS),
  target: fc.nat(),
  other: fc.nat(),
  day: fc.integer({ min: -5, max: 59 }),
  amount: fc.integer({ min: 0, max: 250_000 }),
});
const costRate = fc.record({
  member: fc.nat(),
  day: fc.integer({ min: -5, max: 59 }),
  amount: fc.integer({ min: 0, max: 90_000 }),
});

/** Every ordered choice of 1 to `depth` distinct dimensions. */
function groupings(depth: number): ReportGroupBy[][] {
  const result: ReportGroupBy[][] = [];
  const extend = (prefix: ReportGroupBy[]) => {
    if (prefix.length > 0) result.push(prefix);
    if (prefix.length === depth) return;
    for (const dimension of REPORT_GROUP_BY)
      if (!prefix.includes(dimension)) extend([...prefix, dimension]);
  };
  extend([]);
  return result;
}

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    entry: fc.nat(),
    project: fc.nat(),
    task: fc.nat(4),
    billable: fc.boolean(),
    tags: fc.subarray(TAGS),
    start: fc.option(fc.nat(WINDOW_SECONDS)),
    duration: fc.integer({ min: 0, max: 5 * 3600 }),
  }),
  fc.record({
    kind: fc.constantFrom(
      'delete' as const,
      'restore' as const,
      'bill' as const,
      'unbill' as const,
    ),
    entry: fc.nat(),
  }),
  fc.record({
    kind: fc.constantFrom(
      'rename-client' as const,
      'rename-project' as const,
      'rename-task' as const,
      'rename-member' as const,
    ),
    target: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('rounding' as const),
    project: fc.nat(),
    rounding: fc.constantFrom(...ROUNDINGS),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    member: fc.nat(),
    team: fc.nat(2),
    day: fc.nat(59),
  }),
  fc.record({ kind: fc.constant('rate' as const), rate }),
  fc.record({ kind: fc.constant('remove-rate' as const), rate }),
  fc.record({ kind: fc.constant('cost-rate' as const), costRate }),
  fc.record({
    kind: fc.constant('stop' as const),
    entry: fc.nat(),
    duration: fc.integer({ min: 0, max: 5 * 3600 }),
  }),
);

const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  clients: fc.integer({ min: 1, max: 2 }),
  currencies: fc.array(fc.constantFrom(...CURRENCIES), {
    minLength: 2,
    maxLength: 2,
  }),
  /** A client-level rate per client (in its currency) from before the window; the other levels come on top. */
  clientRates: fc.array(fc.integer({ min: 1, max: 250_000 }), {
    minLength: 2,
    maxLength: 2,
  }),
  rates: fc.array(rate, { maxLength: 6 }),
  costRates: fc.array(costRate, { minLength: 1, maxLength: 3 }),
  projects: fc.array(
    fc.record({
      client: fc.nat(),
      rounding: fc.constantFrom(...ROUNDINGS),
      tasks: fc.nat(2),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  members: fc.integer({ min: 1, max: 4 }),
  teams: fc.integer({ min: 1, max: 2 }),
  memberships: fc.array(
    fc.record({
      member: fc.nat(),
      team: fc.nat(2),
      day: fc.integer({ min: -3, max: 59 }),
    }),
    { maxLength: 6 },
  ),
  entries: fc.array(
    fc.record({
      member: fc.nat(),
      project: fc.nat(),
      task: fc.nat(3),
      billable: fc.boolean(),
      tags: fc.subarray(TAGS),
      start: fc.nat(WINDOW_SECONDS),
      duration: fc.option(fc.integer({ min: 0, max: 5 * 3600 }), { freq: 8 }),
    }),
    { minLength: 1, maxLength: 25 },
  ),
  operations: fc.array(operation, { maxLength: 15 }),
  period: fc.record({
    from: fc.integer({ min: -2, max: 30 }),
    length: fc.integer({ min: 0, max: 62 }),
  }),
  filter: fc.constantFrom<'none' | 'billable' | 'unbilled' | 'tags' | 'member'>(
    'none',
    'billable',
    'unbilled',
    'tags',
    'member',
  ),
  threeLevels: fc.array(
    fc.constantFrom(...groupings(3).filter((g) => g.length === 3)),
    { minLength: 10, maxLength: 10 },
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
const pick = <T>(items: readonly T[], index: number): T =>
  items[index % items.length] as T;
const dayAfter = (days: number) =>
  new Date((WINDOW_START + days * 86_400) * 1000).toISOString().slice(0, 10);

type RateInput = Scenario['rates'][number];

function buildWorld(input: Scenario): ReportWorld {
  const world = new ReportWorld();
  world.setUpOrganisation(input.zone);
  const clients = Array.from({ length: input.clients }, (_, i) =>
    world.client(`Client ${i}`, pick(input.currencies, i)),
  );
  const projects = input.projects.map((p, i) =>
    world.project(pick(clients, p.client), `Project ${i}`, p.rounding),
  );
  const tasks = new Map(
    projects.map((projectId, i) => [
      projectId,
      Array.from({ length: input.projects[i]?.tasks ?? 0 }, (_, t) =>
        world.task(projectId, `Task ${i}.${t}`),
      ),
    ]),
  );
  const members = Array.from({ length: input.members }, (_, i) =>
    world.member(`Member ${i}`),
  );
  const teams = Array.from({ length: input.teams }, (_, i) =>
    world.team(`Team ${i}`),
  );
  /** A scope at the rate's level and the currency it must be in (the client's, or the organisation's EUR). */
  const rateScope = (
    r: RateInput,
  ): { scope: RateScope; currency: string } | null => {
    const projectId = pick(projects, r.target);
    const currencyOfProject =
      world.clients.get(world.projects.get(projectId)?.clientId ?? '')
        ?.currency ?? 'EUR';
    switch (r.level) {
      case 'member-on-project':
        return {
          scope: {
            level: r.level,
            memberId: pick(members, r.other) as never,
            projectId: projectId as never,
          },
          currency: currencyOfProject,
        };
      case 'task': {
        const projectTasks = tasks.get(projectId) ?? [];
        if (projectTasks.length === 0) return null;
        return {
          scope: {
            level: r.level,
            projectId: projectId as never,
            taskId: pick(projectTasks, r.other) as never,
          },
          currency: currencyOfProject,
        };
      }
      case 'project':
        return {
          scope: { level: r.level, projectId: projectId as never },
          currency: currencyOfProject,
        };
      case 'client': {
        const clientId = pick(clients, r.target);
        return {
          scope: { level: r.level, clientId: clientId as never },
          currency: world.clients.get(clientId)?.currency ?? 'EUR',
        };
      }
      case 'member':
        return {
          scope: { level: r.level, memberId: pick(members, r.other) as never },
          currency: 'EUR',
        };
      case 'organisation':
        return { scope: { level: r.level }, currency: 'EUR' };
    }
  };
  const setRate = (r: RateInput) => {
    const target = rateScope(r);
    if (target)
      world.setRate(target.scope, dayAfter(r.day), r.amount, target.currency);
  };
  clients.forEach((clientId, i) =>
    world.setRate(
      { level: 'client', clientId: clientId as never },
      dayAfter(-10),
      pick(input.clientRates, i),
      world.clients.get(clientId)?.currency,
    ),
  );
  for (const r of input.rates) setRate(r);
  for (const c of input.costRates)
    world.setCostRate(pick(members, c.member), dayAfter(c.day), c.amount);
  const teamOrNone = (index: number) =>
    index >= teams.length ? null : pick(teams, index);
  for (const m of input.memberships)
    world.assign(pick(members, m.member), teamOrNone(m.team), dayAfter(m.day));
  const entries = input.entries.map((e) => {
    const projectId = pick(projects, e.project);
    const projectTasks = tasks.get(projectId) ?? [];
    return world.log({
      memberId: pick(members, e.member),
      projectId,
      taskId:
        e.task < projectTasks.length ? (projectTasks[e.task] ?? null) : null,
      billable: e.billable,
      tags: e.tags,
      start: WINDOW_START + e.start,
      durationSeconds: e.duration,
    });
  });
  for (const op of input.operations) {
    switch (op.kind) {
      case 'edit': {
        const projectId = pick(projects, op.project);
        const projectTasks = tasks.get(projectId) ?? [];
        world.edit(pick(entries, op.entry), {
          projectId,
          taskId:
            op.task < projectTasks.length
              ? (projectTasks[op.task] ?? null)
              : null,
          billable: op.billable,
          tags: op.tags,
          ...(op.start === null
            ? {}
            : { start: WINDOW_START + op.start, durationSeconds: op.duration }),
        });
        break;
      }
      case 'delete':
        world.remove(pick(entries, op.entry));
        break;
      case 'restore':
        world.restore(pick(entries, op.entry));
        break;
      case 'bill':
        world.bill(
          pick(entries, op.entry),
          op.entry % 2 === 0
            ? { kind: 'invoice', invoiceId: crypto.randomUUID() as never }
            : { kind: 'reference', reference: 'EXT-1' },
        );
        break;
      case 'unbill':
        world.unbill(pick(entries, op.entry));
        break;
      case 'stop':
        world.stop(pick(entries, op.entry), op.duration);
        break;
      case 'rate':
        setRate(op.rate);
        break;
      case 'remove-rate': {
        const target = rateScope(op.rate);
        const timeline = target
          ? (world.rateBook.billable[rateScopeKey(target.scope)] ?? [])
          : [];
        if (target && timeline.length > 0)
          world.removeRate(
            target.scope,
            pick(timeline, op.rate.amount).effectiveFrom,
          );
        break;
      }
      case 'cost-rate':
        world.setCostRate(
          pick(members, op.costRate.member),
          dayAfter(op.costRate.day),
          op.costRate.amount,
        );
        break;
      case 'rename-client':
        world.renameClient(pick(clients, op.target), op.name);
        break;
      case 'rename-project':
        world.changeProject(pick(projects, op.target), { name: op.name });
        break;
      case 'rename-task': {
        const all = [...tasks.values()].flat();
        if (all.length > 0) world.renameTask(pick(all, op.target), op.name);
        break;
      }
      case 'rename-member':
        world.renameMember(pick(members, op.target), op.name);
        break;
      case 'rounding':
        world.changeProject(pick(projects, op.project), {
          timeRounding: op.rounding,
        });
        break;
      case 'move':
        world.assign(
          pick(members, op.member),
          teamOrNone(op.team),
          dayAfter(op.day),
        );
        break;
    }
  }
  return world;
}

function filtersFor(input: Scenario, world: ReportWorld): TimeReportFilters {
  // The run's own clients keep earlier runs (same database) out of the comparison.
  const clientIds = [...world.clients.keys()];
  switch (input.filter) {
    case 'billable':
      return { clientIds, billable: true };
    case 'unbilled':
      return { clientIds, billed: false };
    case 'tags':
      return { clientIds, tags: ['a'] };
    case 'member':
      return { clientIds, memberIds: [...world.members.keys()].slice(0, 1) };
    default:
      return { clientIds };
  }
}

describe('report totals against an independent computation (PostgreSQL)', () => {
  let testApp: ReportTestApp;

  beforeAll(async () => {
    testApp = await startReportTestApp({
      databaseUrl: await recreateDatabase('billing_report_test_totals'),
      now: '2026-06-15T12:00:00Z',
    });
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  it('agree to the second and the minor unit (amounts and costs by valueEntry) for every grouping of one and two levels and a sample of three, after edits, moves, renames, rounding and rate changes', async () => {
    const reports = testApp.app.get(TimeReports);
    const dataSource = testApp.app.get(DataSource);
    // The comparison must cover real money, not only zeros.
    let pricedRuns = 0;
    let costedRuns = 0;
    // ... and profits left out: amounts in a client currency costed in the organisation's EUR.
    let crossCurrencyRuns = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        const world = buildWorld(input);
        await world.appendTo(testApp.eventStore);
        await testApp.caughtUp();
        const period = {
          from: dayAfter(input.period.from),
          to: dayAfter(input.period.from + input.period.length),
        };
        const filters = filtersFor(input, world);
        const rows = referenceSelect(world.referenceRows(), period, filters);
        if (rows.some((row) => row.amount > 0)) pricedRuns++;
        if (rows.some((row) => row.cost > 0)) costedRuns++;
        if (
          rows.some(
            (row) =>
              row.costCurrency !== null && row.costCurrency !== row.currency,
          )
        )
          crossCurrencyRuns++;
        for (const groupBy of [[], ...groupings(2), ...input.threeLevels]) {
          const report = await reports.run(
            { period, filters, groupBy },
            { kind: 'all' },
          );
          expect({
            groupBy,
            groups: Object.fromEntries(
              flattenReport(report.totals, report.groups),
            ),
          }).toEqual({
            groupBy,
            groups: Object.fromEntries(referenceGroups(world, rows, groupBy)),
          });
          // One part in one transaction (totalsTreeIn, as an export's snapshot sums) against the parts at once.
          const onePart = await parallelTotals(
            dataSource,
            { period, filters, scope: { kind: 'all' } },
            groupBy,
            1,
          );
          expect({ groupBy, ...onePart }).toEqual({
            groupBy,
            totals: report.totals,
            groups: report.groups,
          });
        }
      }),
      { numRuns: 25, endOnFailure: true },
    );
    expect(pricedRuns).toBeGreaterThanOrEqual(2);
    expect(costedRuns).toBeGreaterThanOrEqual(1);
    expect(crossCurrencyRuns).toBeGreaterThanOrEqual(1);
  }, 600_000);

  it('agree for all 336 three-level groupings over one organisation', async () => {
    const reports = testApp.app.get(TimeReports);
    const [input] = fc.sample(scenario, { numRuns: 1, seed: 20260615 });
    const world = buildWorld({
      ...(input as Scenario),
      members: 4,
      teams: 2,
      filter: 'none',
    });
    await world.appendTo(testApp.eventStore);
    await testApp.caughtUp();
    const period = { from: dayAfter(-2), to: dayAfter(62) };
    const filters = { clientIds: [...world.clients.keys()] };
    const rows = referenceSelect(world.referenceRows(), period, filters);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.amount > 0)).toBe(true);
    const threeLevels = groupings(3).filter((g) => g.length === 3);
    expect(threeLevels).toHaveLength(336);
    for (const groupBy of threeLevels) {
      const report = await reports.run(
        { period, filters, groupBy },
        { kind: 'all' },
      );
      expect(
        Object.fromEntries(flattenReport(report.totals, report.groups)),
      ).toEqual(Object.fromEntries(referenceGroups(world, rows, groupBy)));
    }
  }, 300_000);
});
