import fc from 'fast-check';
import {
  type BillingTestApp,
  recreateDatabase,
  startBillingTestApp,
} from '../../testing/billing-test-app';
import { BillingWorld, type TestMember } from '../../testing/billing-world';

/**
 * Property through the application (HTTP, real PostgreSQL): for random rate books, clients (EUR, JPY, KWD), hourly
 * projects with rounding rules and entries, the issued invoice's totals and covered entries equal an independent
 * bigint computation from the SPEC's rules. Organisation and member rates persist between runs, so the model keeps
 * every rate ever set.
 */
const LEVELS = [
  'member-on-project',
  'task',
  'project',
  'client',
  'member',
  'organisation',
] as const;
type Level = (typeof LEVELS)[number];
type Rounding =
  | { mode: 'none' }
  | {
      mode: 'up' | 'down' | 'nearest';
      incrementMinutes: 1 | 5 | 6 | 10 | 15 | 30 | 60;
    };

interface ModelRate {
  key: string;
  validFrom: string;
  amountMinor: number;
  currency: string;
}

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
const rateDay = (n: number) =>
  n <= 0 ? `2026-02-${String(28 + n).padStart(2, '0')}` : day(n);

function roundSeconds(seconds: bigint, rounding: Rounding): bigint {
  if (rounding.mode === 'none') return seconds;
  const step = BigInt(rounding.incrementMinutes * 60);
  if (rounding.mode === 'down') return (seconds / step) * step;
  if (rounding.mode === 'up') return ((seconds + step - 1n) / step) * step;
  return ((seconds + step / 2n) / step) * step;
}

const halfUp = (numerator: bigint, denominator: bigint) =>
  (2n * numerator + denominator) / (2n * denominator);

const caseArbitrary = fc.record({
  currency: fc.constantFrom('EUR', 'JPY', 'KWD'),
  taxBps: fc.integer({ min: 0, max: 2_500 }),
  projects: fc.array(
    fc.record({
      linesPer: fc.constantFrom('member' as const, 'task' as const),
      rounding: fc.oneof(
        fc.constant<Rounding>({ mode: 'none' }),
        fc.record({
          mode: fc.constantFrom(
            'up' as const,
            'down' as const,
            'nearest' as const,
          ),
          incrementMinutes: fc.constantFrom(
            1 as const,
            5 as const,
            6 as const,
            10 as const,
            15 as const,
            30 as const,
            60 as const,
          ),
        }),
      ),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  rates: fc.array(
    fc.record({
      level: fc.constantFrom(...LEVELS),
      project: fc.nat(1),
      member: fc.nat(1),
      day: fc.integer({ min: -10, max: 31 }),
      amountMinor: fc.integer({ min: 0, max: 500_000 }),
    }),
    { maxLength: 5 },
  ),
  entries: fc.array(
    fc.record({
      project: fc.nat(1),
      member: fc.nat(1),
      withTask: fc.boolean(),
      day: fc.integer({ min: 1, max: 31 }),
      seconds: fc.integer({ min: 1, max: 30_000 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

describe('issued invoice totals (property, through the application)', () => {
  let api: BillingTestApp;
  let world: BillingWorld;
  let finance: TestMember;
  let members: TestMember[];
  const modelRates: ModelRate[] = [];

  beforeAll(async () => {
    api = await startBillingTestApp({
      databaseUrl: await recreateDatabase('billing_billing_property_test'),
      now: '2026-04-02T09:00:00Z',
    });
    world = new BillingWorld(api);
    await world.setUp('UTC', 'EUR');
    finance = await world.member('Fay Finance', ['finance']);
    members = [
      await world.member('Alice Member', ['member']),
      await world.member('Bob Member', ['member']),
    ];
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  it('equals an independent computation to the minor unit', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (scenario) => {
        const memberIds = members.map((member) => member.memberId);
        const clientId = await world.client({
          currency: scenario.currency,
          taxRateBasisPoints: scenario.taxBps,
        });
        const projects = [];
        for (const project of scenario.projects) {
          const created = await world.project({
            clientId,
            currency: scenario.currency,
            memberIds,
            billingModel: { kind: 'hourly', invoiceLinesPer: project.linesPer },
            timeRounding: project.rounding,
            taskNames: ['Work'],
          });
          projects.push({ ...created, rounding: project.rounding });
        }
        for (const rate of scenario.rates) {
          const project = projects[rate.project % projects.length];
          const memberId = memberIds[rate.member] as string;
          const scope: Record<string, string> = { level: rate.level };
          if (rate.level === 'member-on-project' || rate.level === 'member')
            scope['memberId'] = memberId;
          if (
            rate.level === 'member-on-project' ||
            rate.level === 'task' ||
            rate.level === 'project'
          )
            scope['projectId'] = project?.projectId as string;
          if (rate.level === 'task')
            scope['taskId'] = project?.taskIds[0] as string;
          if (rate.level === 'client') scope['clientId'] = clientId;
          const currency =
            rate.level === 'member' || rate.level === 'organisation'
              ? 'EUR'
              : scenario.currency;
          const validFrom = rateDay(rate.day);
          const set = await world.call('POST', '/rates/billable', finance, {
            scope,
            rateMinorPerHour: rate.amountMinor,
            currency,
            validFrom,
            replace: true,
          });
          expect(set.status).toBe(200);
          const key = [
            rate.level,
            scope['memberId'],
            scope['projectId'],
            scope['taskId'],
            scope['clientId'],
          ]
            .filter(Boolean)
            .join(':');
          const existing = modelRates.findIndex(
            (candidate) =>
              candidate.key === key && candidate.validFrom === validFrom,
          );
          if (existing >= 0) modelRates.splice(existing, 1);
          modelRates.push({
            key,
            validFrom,
            amountMinor: rate.amountMinor,
            currency,
          });
        }
        const logged = [];
        for (const entry of scenario.entries) {
          const project = projects[entry.project % projects.length];
          const member = members[entry.member] as TestMember;
          const taskId = entry.withTask ? project?.taskIds[0] : undefined;
          const id = await world.entry(member, {
            projectId: project?.projectId as string,
            startedAt: `${day(entry.day)}T10:00:00Z`,
            durationSeconds: entry.seconds,
            ...(taskId ? { taskId } : {}),
          });
          logged.push({
            id,
            project,
            memberId: member.memberId,
            taskId,
            day: day(entry.day),
            seconds: entry.seconds,
          });
        }

        // Independent model: most specific rate valid on the entry's day in the client's currency (SPEC "Rates").
        const rateFor = (keys: string[], onDay: string): bigint | null => {
          for (const key of keys) {
            const valid = modelRates
              .filter((rate) => rate.key === key && rate.validFrom <= onDay)
              .sort((left, right) =>
                left.validFrom < right.validFrom ? -1 : 1,
              )
              .at(-1);
            if (valid !== undefined && valid.currency === scenario.currency)
              return BigInt(valid.amountMinor);
          }
          return null;
        };
        let subtotal = 0n;
        const covered: string[] = [];
        for (const entry of logged) {
          const projectId = entry.project?.projectId as string;
          const keys = [
            `member-on-project:${entry.memberId}:${projectId}`,
            ...(entry.taskId ? [`task:${projectId}:${entry.taskId}`] : []),
            `project:${projectId}`,
            `client:${clientId}`,
            `member:${entry.memberId}`,
            'organisation',
          ];
          const rate = rateFor(keys, entry.day);
          const seconds = roundSeconds(
            BigInt(entry.seconds),
            entry.project?.rounding ?? { mode: 'none' },
          );
          if (rate === null || seconds === 0n) continue;
          subtotal += halfUp(seconds * rate, 3600n);
          covered.push(entry.id);
        }
        const tax = halfUp(subtotal * BigInt(scenario.taxBps), 10_000n);

        const run = await world.call('POST', '/billing/runs', finance, {
          clientId,
          from: '2026-03-01',
          to: '2026-03-31',
        });
        if (covered.length === 0) {
          expect(run.status).toBe(422);
          return;
        }
        expect(run.status).toBe(201);
        const draft = run.body.invoice;
        const issued = await world.call(
          'POST',
          `/invoices/${draft.invoiceId}/issue`,
          finance,
          {},
          { 'If-Match': `"${draft.revision}"` },
        );
        expect(issued.status).toBe(200);
        expect(issued.body.totals).toEqual({
          subtotal: {
            amountMinor: Number(subtotal),
            currency: scenario.currency,
          },
          tax: { amountMinor: Number(tax), currency: scenario.currency },
          total: {
            amountMinor: Number(subtotal + tax),
            currency: scenario.currency,
          },
        });
        expect([...issued.body.coveredEntryIds].sort()).toEqual(
          [...covered].sort(),
        );
        const billing = await world.billingOf(covered);
        for (const id of covered)
          expect(billing.get(id)).toEqual({
            kind: 'invoice',
            invoiceId: draft.invoiceId,
          });
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
