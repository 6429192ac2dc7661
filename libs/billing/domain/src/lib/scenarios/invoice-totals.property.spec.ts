import fc from 'fast-check';
import {
  CurrencyCode,
  InvoiceId,
  MilestoneId,
  ProjectId,
  TimeRounding,
  TimeRoundingIncrementMinutes,
  amountForSeconds,
  asId,
  money,
  roundDuration,
} from '@billing/shared/kernel';
import { proposeInvoiceDraft } from '../drafting/propose-invoice-draft';
import {
  ProjectBillingModel,
  ProjectToBill,
  ValuedEntry,
} from '../inputs/billing-inputs';
import { invoiceDecider } from '../invoice/invoice.decide';
import { InvoiceCommand } from '../invoice/invoice.commands';
import { InvoiceEvent } from '../invoice/invoice.events';
import { InvoiceState } from '../invoice/invoice.state';
import {
  LineDiscount,
  LineSource,
  lineGrossAmount,
} from '../lines/invoice-line';
import { actorId, day, e, ids } from '../testing/fixtures';

/**
 * Property: for random clients (currency with 0, 2 or 3 minor digits, tax), projects of all three billing models
 * with their rounding rules, rates and entries, and random discounts, the total of the issued invoice equals an
 * independent computation written here straight from the SPEC, in bigint, to the minor unit.
 *
 * The system path: entries valued like the rates context does (rounded seconds, rounded amount per entry) ->
 * proposeInvoiceDraft -> create-invoice-draft -> edit-invoice-line (discounts) -> issue-invoice -> totals.
 */
const FROM = '2026-03-01';
const TO = '2026-03-31';
const DAYS = [
  '2026-02-28',
  '2026-03-01',
  '2026-03-15',
  '2026-03-16',
  '2026-03-31',
  '2026-04-01',
];
const PROJECT_IDS = [1, 2, 3].map(
  (n) =>
    asId<'Project'>(`00000000-0000-4000-8000-00000000b00${n}`) as ProjectId,
);
const MEMBERS = [ids.alice, ids.bob];
const TASKS = [ids.design, ids.build, null];

interface RawEntry {
  n: number;
  project: number;
  member: number;
  task: number;
  day: string;
  billable: boolean;
  seconds: number;
  /** The rate the rates context resolved; null: missing rate. */
  rate: number | null;
}

interface RawMilestone {
  amount: number;
  completed: boolean;
  invoiced: boolean;
}

interface RawProject {
  kind: 'hourly-member' | 'hourly-task' | 'fixed_fee' | 'per_period';
  rounding: TimeRounding;
  fee: number;
  milestones: RawMilestone[];
  completed: boolean;
  remainingInvoiced: boolean;
  includedSeconds: number;
  overageRate: number;
}

interface RawDiscount {
  kind: 'none' | 'percent' | 'amount';
  basisPoints: number;
  percentOfGross: number;
}

const roundingArb: fc.Arbitrary<TimeRounding> = fc.oneof(
  fc.constant<TimeRounding>({ mode: 'none' }),
  fc.record({
    mode: fc.constantFrom('up' as const, 'down' as const, 'nearest' as const),
    incrementMinutes: fc.constantFrom<TimeRoundingIncrementMinutes>(
      1,
      5,
      6,
      10,
      15,
      30,
      60,
    ),
  }),
);

const projectArb: fc.Arbitrary<RawProject> = fc.record({
  kind: fc.constantFrom(
    'hourly-member' as const,
    'hourly-task' as const,
    'fixed_fee' as const,
    'per_period' as const,
  ),
  rounding: roundingArb,
  fee: fc.nat({ max: 100_000_000 }),
  milestones: fc.array(
    fc.record({
      amount: fc.nat({ max: 10_000_000 }),
      completed: fc.boolean(),
      invoiced: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  completed: fc.boolean(),
  remainingInvoiced: fc.boolean(),
  includedSeconds: fc.nat({ max: 40 * 3600 }),
  overageRate: fc.nat({ max: 1_000_000 }),
});

const entryArb = (n: number): fc.Arbitrary<RawEntry> =>
  fc.record({
    n: fc.constant(n),
    project: fc.nat({ max: 2 }),
    member: fc.nat({ max: 1 }),
    task: fc.nat({ max: 2 }),
    day: fc.constantFrom(...DAYS),
    billable: fc.boolean(),
    seconds: fc.nat({ max: 12 * 3600 }),
    rate: fc.option(fc.nat({ max: 5_000_000 }), { nil: null, freq: 8 }),
  });

const discountArb: fc.Arbitrary<RawDiscount> = fc.record({
  kind: fc.constantFrom('none' as const, 'percent' as const, 'amount' as const),
  basisPoints: fc.nat({ max: 10_000 }),
  percentOfGross: fc.nat({ max: 100 }),
});

const scenarioArb = fc.record({
  currency: fc.constantFrom<CurrencyCode>('EUR', 'JPY', 'KWD'),
  taxRateBasisPoints: fc.nat({ max: 10_000 }),
  projects: fc.array(projectArb, { minLength: 3, maxLength: 3 }),
  entries: fc
    .integer({ min: 0, max: 20 })
    .chain((count) =>
      fc.tuple(...Array.from({ length: count }, (_, i) => entryArb(i + 1))),
    ),
  discounts: fc.array(discountArb, { minLength: 16, maxLength: 16 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function milestoneId(project: number, index: number): MilestoneId {
  return asId<'Milestone'>(
    `00000000-0000-4000-8000-0000000003${project}${index}`.padEnd(36, '0'),
  ) as MilestoneId;
}

/** Line identity -> a fixed slot in the discount table, independent of line order. */
function discountSlot(source: LineSource): number {
  const key = JSON.stringify(source);
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash % 16;
}

// ---------- the system path ----------

function billingModelOf(
  raw: RawProject,
  currency: CurrencyCode,
): ProjectBillingModel {
  switch (raw.kind) {
    case 'hourly-member':
      return { kind: 'hourly', invoiceLinesPer: 'member' };
    case 'hourly-task':
      return { kind: 'hourly', invoiceLinesPer: 'task' };
    case 'fixed_fee':
      return {
        kind: 'fixed_fee',
        fee: money(
          raw.fee + raw.milestones.reduce((sum, m) => sum + m.amount, 0),
          currency,
        ),
      };
    case 'per_period':
      return {
        kind: 'per_period',
        fee: money(raw.fee, currency),
        periodUnit: 'month',
        includedSeconds: raw.includedSeconds,
        overageRateMinorPerHour: raw.overageRate,
      };
  }
}

function projectsOf(scenario: Scenario): ProjectToBill[] {
  return scenario.projects.map((raw, p) => ({
    projectId: PROJECT_IDS[p] as ProjectId,
    clientId: ids.client,
    name: `P${p}`,
    currency: scenario.currency,
    billingModel: billingModelOf(raw, scenario.currency),
    status: raw.completed ? 'completed' : 'active',
    milestones: raw.milestones.map((m, i) => ({
      milestoneId: milestoneId(p, i),
      name: `M${i}`,
      amount: money(m.amount, scenario.currency),
      completedOn: m.completed ? day('2026-03-20') : null,
    })),
    invoiced: {
      milestoneIds: raw.milestones.flatMap((m, i) =>
        m.invoiced && m.completed ? [milestoneId(p, i)] : [],
      ),
      remainingFee: raw.remainingInvoiced,
      periodKeys: [],
    },
  }));
}

/** What the rates context's valueEntry hands over: rounded seconds and a rounded amount per entry. */
function valued(scenario: Scenario): ValuedEntry[] {
  return scenario.entries.map((raw) => {
    const rounding = scenario.projects[raw.project]?.rounding ?? {
      mode: 'none',
    };
    const billableSeconds = raw.billable
      ? roundDuration(raw.seconds, rounding)
      : 0;
    return {
      entryId: e(raw.n),
      memberId: MEMBERS[raw.member] ?? ids.alice,
      projectId: PROJECT_IDS[raw.project] as ProjectId,
      taskId: TASKS[raw.task] ?? null,
      day: day(raw.day),
      billable: raw.billable,
      billableSeconds,
      amount: money(
        raw.rate === null ? 0 : amountForSeconds(raw.rate, billableSeconds),
        scenario.currency,
      ),
      missingRate: raw.billable && raw.rate === null,
    };
  });
}

function discountFor(
  raw: RawDiscount,
  gross: number,
  currency: CurrencyCode,
): LineDiscount | null {
  if (raw.kind === 'none') return null;
  if (raw.kind === 'percent')
    return { kind: 'percent', basisPoints: raw.basisPoints };
  return {
    kind: 'amount',
    amount: money(Math.floor((gross * raw.percentOfGross) / 100), currency),
  };
}

function systemTotal(
  scenario: Scenario,
): { total: bigint; covered: string[] } | null {
  const proposal = proposeInvoiceDraft({
    client: {
      clientId: ids.client,
      currency: scenario.currency,
      taxRateBasisPoints: scenario.taxRateBasisPoints,
    },
    from: day(FROM),
    to: day(TO),
    projects: projectsOf(scenario),
    entries: valued(scenario),
  });
  if (proposal.lines.length === 0) return null;
  const invoiceId: InvoiceId = ids.invoice;
  const commands: InvoiceCommand[] = [
    {
      type: 'create-invoice-draft',
      actorId,
      data: {
        invoiceId,
        organisationId: ids.organisation,
        clientId: ids.client,
        currency: scenario.currency,
        taxRateBasisPoints: scenario.taxRateBasisPoints,
        period: { from: day(FROM), to: day(TO) },
        lines: proposal.lines,
      },
    },
    ...proposal.lines.map((line, index): InvoiceCommand => {
      const raw = scenario.discounts[discountSlot(line.source)] as RawDiscount;
      return {
        type: 'edit-invoice-line',
        actorId,
        data: {
          invoiceId,
          lineId: `L${index + 1}`,
          discount: discountFor(
            raw,
            lineGrossAmount(line).amountMinor,
            scenario.currency,
          ),
        },
      };
    }),
    {
      type: 'issue-invoice',
      actorId,
      data: {
        invoiceId,
        issuedOn: day('2026-04-02'),
        number: 'INV-1',
        sequence: 1,
      },
    },
  ];
  let state: InvoiceState = invoiceDecider.initialState;
  let issued: InvoiceEvent | undefined;
  for (const command of commands) {
    const events = invoiceDecider.decide(command, state, {});
    state = events.reduce(invoiceDecider.evolve, state);
    issued = events.find((event) => event.type === 'invoice-issued') ?? issued;
  }
  if (issued?.type !== 'invoice-issued') throw new Error('not issued');
  return {
    total: BigInt(issued.data.totals.total.amountMinor),
    covered: [...issued.data.coveredEntryIds].sort(),
  };
}

// ---------- the independent computation, from the SPEC text ----------

const halfUp = (numerator: bigint, denominator: bigint): bigint =>
  (2n * numerator + denominator) / (2n * denominator); // non-negative

function roundedSeconds(seconds: bigint, rule: TimeRounding): bigint {
  if (rule.mode === 'none') return seconds;
  const step = BigInt(rule.incrementMinutes) * 60n;
  if (rule.mode === 'down') return (seconds / step) * step;
  if (rule.mode === 'up') return ((seconds + step - 1n) / step) * step;
  return halfUp(seconds, step) * step;
}

function expectedTotal(
  scenario: Scenario,
): { total: bigint; covered: string[] } | null {
  const lines: Array<{ source: LineSource; gross: bigint }> = [];
  const covered: string[] = [];
  const inMarch = (raw: RawEntry): boolean => raw.day >= FROM && raw.day <= TO;
  scenario.projects.forEach((project, p) => {
    const projectId = PROJECT_IDS[p] as ProjectId;
    const mine = scenario.entries.filter(
      (raw) => raw.project === p && inMarch(raw),
    );
    const billed = (raw: RawEntry): bigint =>
      raw.billable ? roundedSeconds(BigInt(raw.seconds), project.rounding) : 0n;
    if (project.kind === 'hourly-member' || project.kind === 'hourly-task') {
      const groups = new Map<string, { source: LineSource; gross: bigint }>();
      for (const raw of mine) {
        if (!raw.billable || raw.rate === null || billed(raw) === 0n) continue;
        const source: LineSource =
          project.kind === 'hourly-member'
            ? {
                kind: 'hourly-member',
                projectId,
                memberId: MEMBERS[raw.member] ?? ids.alice,
              }
            : {
                kind: 'hourly-task',
                projectId,
                taskId: TASKS[raw.task] ?? null,
              };
        const group = groups.get(JSON.stringify(source)) ?? {
          source,
          gross: 0n,
        };
        group.gross += halfUp(billed(raw) * BigInt(raw.rate), 3600n); // entry amounts are rounded one by one
        groups.set(JSON.stringify(source), group);
        covered.push(e(raw.n));
      }
      lines.push(...groups.values());
    } else if (project.kind === 'per_period') {
      const seconds = mine.reduce((sum, raw) => sum + billed(raw), 0n);
      const over =
        seconds > BigInt(project.includedSeconds)
          ? seconds - BigInt(project.includedSeconds)
          : 0n;
      lines.push({
        source: { kind: 'period-fee', projectId, periodKey: '2026-03' },
        gross: BigInt(project.fee),
      });
      if (over > 0n)
        lines.push({
          source: { kind: 'period-overage', projectId, periodKey: '2026-03' },
          gross: halfUp(over * BigInt(project.overageRate), 3600n),
        });
      covered.push(
        ...mine.filter((raw) => raw.billable).map((raw) => e(raw.n)),
      );
    } else {
      const fee =
        BigInt(project.fee) +
        project.milestones.reduce((sum, m) => sum + BigInt(m.amount), 0n);
      const before = project.milestones.filter(
        (m) => m.completed && m.invoiced,
      );
      const due = project.milestones
        .map((m, i) => ({ m, i }))
        .filter(({ m }) => m.completed && !m.invoiced);
      const start = lines.length;
      for (const { m, i } of due)
        lines.push({
          source: {
            kind: 'milestone',
            projectId,
            milestoneId: milestoneId(p, i),
          },
          gross: BigInt(m.amount),
        });
      if (project.completed && !project.remainingInvoiced) {
        const remaining =
          fee -
          [...before, ...due.map(({ m }) => m)].reduce(
            (sum, m) => sum + BigInt(m.amount),
            0n,
          );
        if (remaining > 0n)
          lines.push({
            source: { kind: 'remaining-fee', projectId },
            gross: remaining,
          });
      }
      if (lines.length > start)
        covered.push(
          ...mine.filter((raw) => raw.billable).map((raw) => e(raw.n)),
        );
    }
  });
  if (lines.length === 0) return null;
  let subtotal = 0n;
  for (const line of lines) {
    const raw = scenario.discounts[discountSlot(line.source)] as RawDiscount;
    const discount =
      raw.kind === 'none'
        ? 0n
        : raw.kind === 'percent'
          ? halfUp(line.gross * BigInt(raw.basisPoints), 10_000n)
          : (line.gross * BigInt(raw.percentOfGross)) / 100n;
    subtotal += line.gross - discount;
  }
  const tax = halfUp(subtotal * BigInt(scenario.taxRateBasisPoints), 10_000n);
  return { total: subtotal + tax, covered: covered.sort() };
}

describe('invoice totals property', () => {
  it('the issued total equals the independent bigint computation, to the minor unit', () => {
    let invoicedRuns = 0;
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const expected = expectedTotal(scenario);
        if (expected !== null) invoicedRuns += 1;
        expect(systemTotal(scenario)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    expect(invoicedRuns).toBeGreaterThan(200); // most runs produce an invoice, so the totals are really compared
  });
});
