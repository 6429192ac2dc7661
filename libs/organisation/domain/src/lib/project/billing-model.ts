import { CurrencyCode, Money } from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';

export const PERIOD_UNITS = ['week', 'month', 'quarter'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** How a project is invoiced (see SPEC "The three billing models"). */
export type BillingModel =
  | { readonly kind: 'hourly'; readonly invoiceLinesPer: 'member' | 'task' }
  | { readonly kind: 'fixed_fee'; readonly fee: Money }
  | {
      readonly kind: 'per_period';
      readonly fee: Money;
      readonly periodUnit: PeriodUnit;
      /** Hours included in the fee, as whole seconds. */
      readonly includedSeconds: number;
      readonly overageRateMinorPerHour: number;
    };

/** Validates a billing model whose money must be in the client's currency. */
export function checkBillingModel(
  checks: FieldChecks,
  model: BillingModel,
  currency: CurrencyCode,
): BillingModel {
  const path = 'billingModel';
  if (typeof model !== 'object' || model === null) {
    checks.add(path, 'must be a billing model');
    return model;
  }
  switch (model.kind) {
    case 'hourly':
      if (
        model.invoiceLinesPer !== 'member' &&
        model.invoiceLinesPer !== 'task'
      ) {
        checks.add(`${path}.invoiceLinesPer`, 'must be member or task');
      }
      return { kind: 'hourly', invoiceLinesPer: model.invoiceLinesPer };
    case 'fixed_fee':
      return {
        kind: 'fixed_fee',
        fee: checks.money(model.fee, `${path}.fee`, currency),
      };
    case 'per_period':
      if (!PERIOD_UNITS.includes(model.periodUnit)) {
        checks.add(
          `${path}.periodUnit`,
          `must be one of ${PERIOD_UNITS.join(', ')}`,
        );
      }
      return {
        kind: 'per_period',
        fee: checks.money(model.fee, `${path}.fee`, currency),
        periodUnit: model.periodUnit,
        includedSeconds: checks.seconds(
          model.includedSeconds,
          `${path}.includedSeconds`,
        ),
        overageRateMinorPerHour: checks.integerInRange(
          model.overageRateMinorPerHour,
          0,
          Number.MAX_SAFE_INTEGER,
          `${path}.overageRateMinorPerHour`,
        ),
      };
    default: {
      const unknown: never = model;
      checks.add(
        `${path}.kind`,
        `must be hourly, fixed_fee or per_period, got ${String((unknown as BillingModel).kind)}`,
      );
      return unknown;
    }
  }
}
