import fc from 'fast-check';
import {
  CurrencyCode,
  TimeRounding,
  TimeRoundingIncrementMinutes,
} from '@billing/shared/kernel';
import {
  RateBookCommand,
  RateBookDecisionContext,
} from '../rate-book/rate-book.commands';
import { rateBookDecider } from '../rate-book/rate-book.decide';
import { RateBook, emptyRateBook } from '../rate-book/rate-book.state';
import { RATE_LEVELS, RateScope } from '../rate-book/rate-scope';
import { EntryToValue, valueEntry } from '../valuation/value-entry';
import { actorId, day, ids } from '../testing/fixtures';

/**
 * Property: for random rate books (built through the decider, so only accepted commands count) and random
 * entries, valueEntry equals an independent computation written here from the SPEC text, in bigint.
 */
const members = [ids.alice, ids.bob];
const projects = [ids.project, ids.otherProject];
const tasks = [ids.design, ids.build];
const DAYS = [
  '2026-01-01',
  '2026-01-15',
  '2026-02-01',
  '2026-02-28',
  '2026-03-01',
  '2026-03-31',
];
const CURRENCY: CurrencyCode = 'EUR';

const scopeArb: fc.Arbitrary<RateScope> = fc.oneof(
  fc.record({
    level: fc.constant('member-on-project' as const),
    memberId: fc.constantFrom(...members),
    projectId: fc.constantFrom(...projects),
  }),
  fc.record({
    level: fc.constant('task' as const),
    projectId: fc.constantFrom(...projects),
    taskId: fc.constantFrom(...tasks),
  }),
  fc.record({
    level: fc.constant('project' as const),
    projectId: fc.constantFrom(...projects),
  }),
  fc.record({
    level: fc.constant('client' as const),
    clientId: fc.constant(ids.client),
  }),
  fc.record({
    level: fc.constant('member' as const),
    memberId: fc.constantFrom(...members),
  }),
  fc.record({ level: fc.constant('organisation' as const) }),
);

const commandArb: fc.Arbitrary<RateBookCommand> = fc.oneof(
  fc
    .record({
      scope: scopeArb,
      date: fc.constantFrom(...DAYS),
      amount: fc.nat({ max: 50_000_000 }),
      replace: fc.boolean(),
    })
    .map(
      ({ scope, date, amount, replace }): RateBookCommand => ({
        type: 'set-billable-rate',
        actorId,
        data: {
          organisationId: ids.organisation,
          scope,
          effectiveFrom: day(date),
          ratePerHour: { amountMinor: amount, currency: CURRENCY },
          replace,
        },
      }),
    ),
  fc
    .record({
      member: fc.constantFrom(...members),
      date: fc.constantFrom(...DAYS),
      amount: fc.nat({ max: 50_000_000 }),
    })
    .map(
      ({ member, date, amount }): RateBookCommand => ({
        type: 'set-cost-rate',
        actorId,
        data: {
          organisationId: ids.organisation,
          memberId: member,
          effectiveFrom: day(date),
          ratePerHour: { amountMinor: amount, currency: CURRENCY },
          replace: true,
        },
      }),
    ),
  fc.record({ scope: scopeArb, date: fc.constantFrom(...DAYS) }).map(
    ({ scope, date }): RateBookCommand => ({
      type: 'remove-billable-rate',
      actorId,
      data: {
        organisationId: ids.organisation,
        scope,
        effectiveFrom: day(date),
      },
    }),
  ),
);

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

const entryArb: fc.Arbitrary<EntryToValue> = fc.record({
  memberId: fc.constantFrom(...members),
  projectId: fc.constantFrom(...projects),
  taskId: fc.option(fc.constantFrom(...tasks), { nil: null }),
  clientId: fc.constant(ids.client),
  day: fc
    .constantFrom('2025-12-31', ...DAYS, '2026-02-10', '2026-04-01')
    .map(day),
  currency: fc.constant(CURRENCY),
  durationSeconds: fc.nat({ max: 86_400 }),
  billable: fc.boolean(),
});

interface Step {
  scopeKey: string;
  date: string;
  amount: bigint;
}

/** Independent model: replay accepted commands into flat lists; set on an existing date overwrites, remove deletes. */
function model(commands: readonly RateBookCommand[]): {
  billable: Step[];
  cost: Step[];
} {
  const billable: Step[] = [];
  const cost: Step[] = [];
  const key = (scope: RateScope): string =>
    JSON.stringify(Object.entries(scope).sort());
  const upsert = (list: Step[], step: Step): void => {
    const index = list.findIndex(
      (other) => other.scopeKey === step.scopeKey && other.date === step.date,
    );
    if (index >= 0) list.splice(index, 1, step);
    else list.push(step);
  };
  for (const command of commands) {
    if (command.type === 'set-billable-rate') {
      upsert(billable, {
        scopeKey: key(command.data.scope),
        date: command.data.effectiveFrom,
        amount: BigInt(command.data.ratePerHour.amountMinor),
      });
    } else if (command.type === 'set-cost-rate') {
      upsert(cost, {
        scopeKey: command.data.memberId,
        date: command.data.effectiveFrom,
        amount: BigInt(command.data.ratePerHour.amountMinor),
      });
    } else if (command.type === 'remove-billable-rate') {
      const index = billable.findIndex(
        (step) =>
          step.scopeKey === key(command.data.scope) &&
          step.date === command.data.effectiveFrom,
      );
      if (index >= 0) billable.splice(index, 1);
    }
  }
  return { billable, cost };
}

function latest(
  steps: Step[],
  scopeKey: string,
  onDay: string,
): bigint | undefined {
  const valid = steps
    .filter((step) => step.scopeKey === scopeKey && step.date <= onDay)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return valid.at(-1)?.amount;
}

function halfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n); // non-negative inputs only
}

function roundSeconds(seconds: bigint, rule: TimeRounding): bigint {
  if (rule.mode === 'none') return seconds;
  const step = BigInt(rule.incrementMinutes) * 60n;
  if (rule.mode === 'down') return (seconds / step) * step;
  if (rule.mode === 'up') return ((seconds + step - 1n) / step) * step;
  return halfUp(seconds, step) * step;
}

describe('valuation property', () => {
  it('equals the independent computation for random rate books and entries', () => {
    const context: RateBookDecisionContext = {
      organisationCurrency: CURRENCY,
      clientCurrency: CURRENCY,
    };
    fc.assert(
      fc.property(
        fc.array(commandArb, { maxLength: 40 }),
        fc.array(entryArb, { minLength: 1, maxLength: 10 }),
        roundingArb,
        (commands, entries, rounding) => {
          let book: RateBook = emptyRateBook;
          const accepted: RateBookCommand[] = [];
          for (const command of commands) {
            try {
              const events = rateBookDecider.decide(command, book, context);
              book = events.reduce(rateBookDecider.evolve, book);
              accepted.push(command);
            } catch {
              // refused (same date without replace, removing nothing): no change, and the model ignores it too
            }
          }
          const { billable, cost } = model(accepted);
          for (const entry of entries) {
            const valuation = valueEntry(book, entry, rounding);
            const candidates: Array<RateScope | null> = [
              {
                level: 'member-on-project',
                memberId: entry.memberId,
                projectId: entry.projectId,
              },
              entry.taskId
                ? {
                    level: 'task',
                    projectId: entry.projectId,
                    taskId: entry.taskId,
                  }
                : null,
              { level: 'project', projectId: entry.projectId },
              { level: 'client', clientId: entry.clientId },
              { level: 'member', memberId: entry.memberId },
              { level: 'organisation' },
            ];
            const keyOf = (scope: RateScope): string =>
              JSON.stringify(Object.entries(scope).sort());
            const levelIndex = candidates.findIndex(
              (scope) =>
                scope !== null &&
                latest(billable, keyOf(scope), entry.day) !== undefined,
            );
            const scope = levelIndex >= 0 ? candidates[levelIndex] : null;
            const rate = scope
              ? latest(billable, keyOf(scope), entry.day)
              : undefined;
            const billableSeconds = entry.billable
              ? roundSeconds(BigInt(entry.durationSeconds), rounding)
              : 0n;
            const amount =
              rate === undefined ? 0n : halfUp(billableSeconds * rate, 3600n);
            const costRate = latest(cost, entry.memberId, entry.day);
            const expectedCost =
              costRate === undefined
                ? null
                : halfUp(BigInt(entry.durationSeconds) * costRate, 3600n);

            expect(BigInt(valuation.billableSeconds)).toBe(billableSeconds);
            expect(BigInt(valuation.amount.amountMinor)).toBe(amount);
            expect(
              valuation.rate.status === 'found' ? valuation.rate.level : null,
            ).toBe(levelIndex >= 0 ? RATE_LEVELS[levelIndex] : null);
            expect(
              valuation.cost === null
                ? null
                : BigInt(valuation.cost.amountMinor),
            ).toBe(expectedCost);
            expect(
              valuation.profit === null
                ? null
                : BigInt(valuation.profit.amountMinor),
            ).toBe(expectedCost === null ? null : amount - expectedCost);
            expect(valuation.missingRate).toBe(
              entry.billable && rate === undefined,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
