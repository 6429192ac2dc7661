import {
  ConflictError,
  CurrencyCode,
  Decider,
  LocalDate,
  Money,
  NotFoundError,
  OrganisationId,
  RuleViolationError,
  assertNever,
  moneyEquals,
} from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import {
  RateBookCommand,
  RateBookDecisionContext,
  RemoveBillableRate,
  RemoveCostRate,
  SetBillableRate,
  SetCostRate,
} from './rate-book.commands';
import { RateBookEvent } from './rate-book.events';
import {
  RateBook,
  RateTimeline,
  emptyRateBook,
  evolveRateBook,
  rateOnDate,
} from './rate-book.state';
import {
  RateScope,
  currencySourceOf,
  idsOfScope,
  isRateLevel,
  rateScopeKey,
} from './rate-scope';

function checkOrganisation(
  checks: FieldChecks,
  book: RateBook,
  organisationId: OrganisationId,
): void {
  checks.id(organisationId, 'organisationId');
  if (book.organisationId !== null && book.organisationId !== organisationId) {
    throw new RuleViolationError(
      'WRONG_RATE_BOOK',
      `This rate book belongs to organisation ${book.organisationId}, not ${organisationId}`,
    );
  }
}

function checkScope(checks: FieldChecks, scope: RateScope): RateScope {
  if (
    typeof scope !== 'object' ||
    scope === null ||
    !isRateLevel(scope.level)
  ) {
    checks.add(
      'scope.level',
      'must be member-on-project, task, project, client, member or organisation',
    );
    return scope;
  }
  for (const [path, id] of idsOfScope(scope)) checks.id(id, path);
  return scope;
}

/** The currency a scope's rates must be in, from the context the handler looked up. */
function expectedCurrency(
  scope: RateScope,
  context: RateBookDecisionContext,
): { currency: CurrencyCode; why: string } {
  if (currencySourceOf(scope.level) === 'organisation') {
    return {
      currency: context.organisationCurrency,
      why: "the organisation's default currency",
    };
  }
  if (context.clientCurrency === undefined) {
    throw new Error(
      `set-billable-rate at level ${scope.level} needs context.clientCurrency from the caller`,
    );
  }
  if (context.clientCurrency === null) {
    const [, id] = idsOfScope(scope).at(-1) ?? ['', ''];
    throw new NotFoundError(
      scope.level === 'member-on-project' ? 'project' : scope.level,
      id,
    );
  }
  return { currency: context.clientCurrency, why: "the client's currency" };
}

/**
 * Shared rule of both timelines: one rate per scope and date. The same rate again is a retry (nothing happens);
 * a different one needs `replace`.
 */
function checkSameDate(
  timeline: RateTimeline | undefined,
  effectiveFrom: LocalDate,
  rate: Money,
  replace: boolean,
  what: string,
): { unchanged: boolean; replacedRate: Money | null } {
  const existing = rateOnDate(timeline, effectiveFrom);
  if (existing === undefined) return { unchanged: false, replacedRate: null };
  if (moneyEquals(existing.ratePerHour, rate))
    return { unchanged: true, replacedRate: null };
  if (!replace) {
    throw new ConflictError(
      'RATE_ALREADY_SET_FOR_DATE',
      { scope: what, effectiveFrom, existingRate: existing.ratePerHour },
      `${what} already has a rate from ${effectiveFrom}; send replace to overwrite it`,
    );
  }
  return { unchanged: false, replacedRate: existing.ratePerHour };
}

function setBillableRate(
  command: SetBillableRate,
  book: RateBook,
  context: RateBookDecisionContext,
): RateBookEvent[] {
  const { organisationId, effectiveFrom, ratePerHour, replace, reason } =
    command.data;
  const checks = new FieldChecks();
  checkOrganisation(checks, book, organisationId);
  const scope = checkScope(checks, command.data.scope);
  checks.date(effectiveFrom, 'effectiveFrom');
  checks.throwIfAny();
  const expected = expectedCurrency(scope, context);
  const rate = checks.rate(
    ratePerHour,
    'ratePerHour',
    expected.currency,
    expected.why,
  );
  const cleanReason = checks.reason(reason);
  checks.throwIfAny();
  const key = rateScopeKey(scope);
  const same = checkSameDate(
    book.billable[key],
    effectiveFrom,
    rate,
    replace === true,
    key,
  );
  if (same.unchanged) return [];
  return [
    {
      type: 'billable-rate-set',
      data: {
        organisationId,
        scope,
        effectiveFrom,
        ratePerHour: rate,
        replacedRate: same.replacedRate,
        reason: cleanReason,
      },
    },
  ];
}

function removeBillableRate(
  command: RemoveBillableRate,
  book: RateBook,
): RateBookEvent[] {
  const { organisationId, effectiveFrom, reason } = command.data;
  const checks = new FieldChecks();
  checkOrganisation(checks, book, organisationId);
  const scope = checkScope(checks, command.data.scope);
  checks.date(effectiveFrom, 'effectiveFrom');
  const cleanReason = checks.reason(reason);
  checks.throwIfAny();
  const key = rateScopeKey(scope);
  const existing = rateOnDate(book.billable[key], effectiveFrom);
  if (existing === undefined)
    throw new NotFoundError('BillableRate', `${key}@${effectiveFrom}`);
  return [
    {
      type: 'billable-rate-removed',
      data: {
        organisationId,
        scope,
        effectiveFrom,
        removedRate: existing.ratePerHour,
        reason: cleanReason,
      },
    },
  ];
}

function setCostRate(
  command: SetCostRate,
  book: RateBook,
  context: RateBookDecisionContext,
): RateBookEvent[] {
  const {
    organisationId,
    memberId,
    effectiveFrom,
    ratePerHour,
    replace,
    reason,
  } = command.data;
  const checks = new FieldChecks();
  checkOrganisation(checks, book, organisationId);
  checks.id(memberId, 'memberId');
  checks.date(effectiveFrom, 'effectiveFrom');
  const rate = checks.rate(
    ratePerHour,
    'ratePerHour',
    context.organisationCurrency,
    "the organisation's default currency",
  );
  const cleanReason = checks.reason(reason);
  checks.throwIfAny();
  const same = checkSameDate(
    book.cost[memberId],
    effectiveFrom,
    rate,
    replace === true,
    `cost:${memberId}`,
  );
  if (same.unchanged) return [];
  return [
    {
      type: 'cost-rate-set',
      data: {
        organisationId,
        memberId,
        effectiveFrom,
        ratePerHour: rate,
        replacedRate: same.replacedRate,
        reason: cleanReason,
      },
    },
  ];
}

function removeCostRate(
  command: RemoveCostRate,
  book: RateBook,
): RateBookEvent[] {
  const { organisationId, memberId, effectiveFrom, reason } = command.data;
  const checks = new FieldChecks();
  checkOrganisation(checks, book, organisationId);
  checks.id(memberId, 'memberId');
  checks.date(effectiveFrom, 'effectiveFrom');
  const cleanReason = checks.reason(reason);
  checks.throwIfAny();
  const existing = rateOnDate(book.cost[memberId], effectiveFrom);
  if (existing === undefined)
    throw new NotFoundError('CostRate', `${memberId}@${effectiveFrom}`);
  return [
    {
      type: 'cost-rate-removed',
      data: {
        organisationId,
        memberId,
        effectiveFrom,
        removedRate: existing.ratePerHour,
        reason: cleanReason,
      },
    },
  ];
}

export function decideRateBook(
  command: RateBookCommand,
  book: RateBook,
  context: RateBookDecisionContext,
): RateBookEvent[] {
  switch (command.type) {
    case 'set-billable-rate':
      return setBillableRate(command, book, context);
    case 'remove-billable-rate':
      return removeBillableRate(command, book);
    case 'set-cost-rate':
      return setCostRate(command, book, context);
    case 'remove-cost-rate':
      return removeCostRate(command, book);
    default:
      return assertNever(command, 'rate book command');
  }
}

export const rateBookDecider: Decider<
  RateBookCommand,
  RateBook,
  RateBookEvent,
  RateBookDecisionContext
> = {
  decide: decideRateBook,
  evolve: evolveRateBook,
  initialState: emptyRateBook,
};
