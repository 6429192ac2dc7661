import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { actorId, costRateSet, day, ids, rateSet } from '../testing/fixtures';
import { RateBookCommand } from './rate-book.commands';
import { rateBookDecider } from './rate-book.decide';
import { RateScope } from './rate-scope';

const rates = spec(rateBookDecider, {
  organisationCurrency: 'EUR',
  clientCurrency: 'USD',
});
const projectScope: RateScope = { level: 'project', projectId: ids.project };
const memberScope: RateScope = { level: 'member', memberId: ids.alice };

function setRate(
  scope: RateScope,
  effectiveFrom: string,
  amountMinor: number,
  currency: string,
  extra: { replace?: boolean; reason?: string } = {},
): RateBookCommand {
  return {
    type: 'set-billable-rate',
    actorId,
    data: {
      organisationId: ids.organisation,
      scope,
      effectiveFrom: day(effectiveFrom),
      ratePerHour: { amountMinor, currency },
      ...extra,
    },
  };
}

describe('set-billable-rate', () => {
  it('records a project rate in the client currency (USD), with a trimmed reason', () => {
    rates
      .given([])
      .when(
        setRate(projectScope, '2026-03-01', 15000, 'USD', {
          reason: '  2026 price list ',
        }),
      )
      .then([
        {
          type: 'billable-rate-set',
          data: {
            organisationId: ids.organisation,
            scope: projectScope,
            effectiveFrom: day('2026-03-01'),
            ratePerHour: { amountMinor: 15000, currency: 'USD' },
            replacedRate: null,
            reason: '2026 price list',
          },
        },
      ]);
  });

  it('records a member default rate in the organisation currency (EUR)', () => {
    rates
      .given([])
      .when(setRate(memberScope, '2026-01-01', 9000, 'EUR'))
      .then([{ ...rateSet(memberScope, '2026-01-01', 9000, 'EUR') }]);
  });

  it.each([
    [projectScope, 15000, 'EUR', 'ratePerHour.currency'], // project rates are in the client's USD
    [memberScope, 9000, 'USD', 'ratePerHour.currency'], // member defaults are in the organisation's EUR
    [projectScope, -1, 'USD', 'ratePerHour.amountMinor'],
    [projectScope, 150.5, 'USD', 'ratePerHour.amountMinor'], // minor units are whole
    [projectScope, 100, 'XXX', 'ratePerHour.currency'],
  ] as const)('refuses %j at %i %s (%s)', (scope, amount, currency, path) => {
    rates
      .given([])
      .when(setRate(scope, '2026-03-01', amount, currency))
      .thenThrows(ValidationError, (error) =>
        error.fields.some((field) => field.path === path),
      );
  });

  it('refuses a malformed date and ids', () => {
    rates
      .given([])
      .when(
        setRate(
          { level: 'task', projectId: ids.project, taskId: 'nope' as never },
          '2026-02-30',
          1,
          'USD',
        ),
      )
      .thenThrows(
        ValidationError,
        (error) =>
          error.fields.map((field) => field.path).join() ===
          'scope.taskId,effectiveFrom',
      );
  });

  it('refuses a second, different rate for the same scope and date unless replacing', () => {
    const first = rateSet(projectScope, '2026-03-01', 15000, 'USD');
    rates
      .given([first])
      .when(setRate(projectScope, '2026-03-01', 16000, 'USD'))
      .thenThrows(
        ConflictError,
        (error) => error.code === 'RATE_ALREADY_SET_FOR_DATE',
      );
    rates
      .given([first])
      .when(
        setRate(projectScope, '2026-03-01', 16000, 'USD', { replace: true }),
      )
      .then([
        {
          type: 'billable-rate-set',
          data: {
            organisationId: ids.organisation,
            scope: projectScope,
            effectiveFrom: day('2026-03-01'),
            ratePerHour: { amountMinor: 16000, currency: 'USD' },
            replacedRate: { amountMinor: 15000, currency: 'USD' },
            reason: null,
          },
        },
      ]);
  });

  it('does nothing when the same rate is sent again (retry)', () => {
    rates
      .given([rateSet(projectScope, '2026-03-01', 15000, 'USD')])
      .when(setRate(projectScope, '2026-03-01', 15000, 'USD'))
      .thenNothingHappens();
  });

  it('allows another date for the same scope: a new step of the timeline', () => {
    rates
      .given([rateSet(projectScope, '2026-03-01', 15000, 'USD')])
      .when(setRate(projectScope, '2026-03-16', 16000, 'USD'))
      .then([rateSet(projectScope, '2026-03-16', 16000, 'USD')]);
  });

  it('answers 404 when the client owning the scope does not exist', () => {
    rates
      .given([])
      .when(setRate(projectScope, '2026-03-01', 1, 'USD'), {
        organisationCurrency: 'EUR',
        clientCurrency: null,
      })
      .thenThrows(
        NotFoundError,
        (error) => error.entity === 'project' && error.id === ids.project,
      );
  });

  it('refuses events of another organisation in the same stream', () => {
    rates
      .given([rateSet(projectScope, '2026-03-01', 1, 'USD')])
      .when({
        ...setRate(projectScope, '2026-04-01', 1, 'USD'),
        data: {
          ...setRate(projectScope, '2026-04-01', 1, 'USD').data,
          organisationId: '00000000-0000-4000-8000-000000000999',
        },
      } as RateBookCommand)
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'WRONG_RATE_BOOK',
      );
  });
});

describe('remove-billable-rate', () => {
  it('withdraws a dated rate and names the rate removed', () => {
    rates
      .given([rateSet(projectScope, '2026-03-01', 15000, 'USD')])
      .when({
        type: 'remove-billable-rate',
        actorId,
        data: {
          organisationId: ids.organisation,
          scope: projectScope,
          effectiveFrom: day('2026-03-01'),
          reason: 'typo',
        },
      })
      .then([
        {
          type: 'billable-rate-removed',
          data: {
            organisationId: ids.organisation,
            scope: projectScope,
            effectiveFrom: day('2026-03-01'),
            removedRate: { amountMinor: 15000, currency: 'USD' },
            reason: 'typo',
          },
        },
      ]);
  });

  it('answers 404 for a date without a rate', () => {
    rates
      .given([rateSet(projectScope, '2026-03-01', 15000, 'USD')])
      .when({
        type: 'remove-billable-rate',
        actorId,
        data: {
          organisationId: ids.organisation,
          scope: projectScope,
          effectiveFrom: day('2026-03-02'),
        },
      })
      .thenThrows(NotFoundError);
  });
});

describe('cost rates', () => {
  it('records a member cost rate in the organisation currency', () => {
    rates
      .given([])
      .when({
        type: 'set-cost-rate',
        actorId,
        data: {
          organisationId: ids.organisation,
          memberId: ids.alice,
          effectiveFrom: day('2026-01-01'),
          ratePerHour: { amountMinor: 5000, currency: 'EUR' },
        },
      })
      .then([costRateSet(ids.alice, '2026-01-01', 5000)]);
  });

  it('refuses a cost rate in another currency and a second one for the same date', () => {
    const command: RateBookCommand = {
      type: 'set-cost-rate',
      actorId,
      data: {
        organisationId: ids.organisation,
        memberId: ids.alice,
        effectiveFrom: day('2026-01-01'),
        ratePerHour: { amountMinor: 5000, currency: 'USD' },
      },
    };
    rates
      .given([])
      .when(command)
      .thenThrows(
        ValidationError,
        (error) => error.fields[0]?.path === 'ratePerHour.currency',
      );
    rates
      .given([costRateSet(ids.alice, '2026-01-01', 4000)])
      .when({
        ...command,
        data: {
          ...command.data,
          ratePerHour: { amountMinor: 5000, currency: 'EUR' },
        },
      })
      .thenThrows(
        ConflictError,
        (error) => error.code === 'RATE_ALREADY_SET_FOR_DATE',
      );
  });

  it('removes a cost rate', () => {
    rates
      .given([costRateSet(ids.alice, '2026-01-01', 4000)])
      .when({
        type: 'remove-cost-rate',
        actorId,
        data: {
          organisationId: ids.organisation,
          memberId: ids.alice,
          effectiveFrom: day('2026-01-01'),
        },
      })
      .then([
        {
          type: 'cost-rate-removed',
          data: {
            organisationId: ids.organisation,
            memberId: ids.alice,
            effectiveFrom: day('2026-01-01'),
            removedRate: { amountMinor: 4000, currency: 'EUR' },
            reason: null,
          },
        },
      ]);
  });
});
