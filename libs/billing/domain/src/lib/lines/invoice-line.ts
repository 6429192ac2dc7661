import {
  MemberId,
  MilestoneId,
  Money,
  ProjectId,
  TaskId,
  TimeEntryId,
  applyBasisPoints,
  assertNever,
  money,
  moneyForSeconds,
  subtractMoney,
} from '@billing/shared/kernel';
import { toSafeInteger } from './safe-integer';

/** Seconds of work (hourly and overage lines) or whole units (fees, milestones, manual lines). */
export type LineQuantity =
  | { unit: 'seconds'; value: number }
  | { unit: 'units'; value: number };

/**
 * How a line's gross amount is found:
 * - `entries`: the sum of its entries' rounded amounts (hourly lines as drafted; SPEC: entry amounts are rounded
 *   per entry and invoice totals are sums of rounded amounts, so a line is never re-priced as rate x hours);
 * - `per-hour`: round-half-up(quantity seconds x unitAmount / 3600) (overage lines, or an hourly line edited);
 * - `per-unit`: quantity units x unitAmount (fees, milestones, manual lines).
 */
export type LinePrice =
  | { kind: 'entries'; amount: Money }
  | { kind: 'per-hour'; unitAmount: Money }
  | { kind: 'per-unit'; unitAmount: Money };

/** A discount on one line: a fixed amount, or a percentage in basis points (1250 = 12.5 %) rounded half up. */
export type LineDiscount =
  | { kind: 'amount'; amount: Money }
  | { kind: 'percent'; basisPoints: number };

/** Where a line comes from; the billing read model uses it to know what was already invoiced. */
export type LineSource =
  | { kind: 'hourly-member'; projectId: ProjectId; memberId: MemberId }
  | { kind: 'hourly-task'; projectId: ProjectId; taskId: TaskId | null }
  | { kind: 'milestone'; projectId: ProjectId; milestoneId: MilestoneId }
  | { kind: 'remaining-fee'; projectId: ProjectId }
  | { kind: 'period-fee'; projectId: ProjectId; periodKey: string }
  | { kind: 'period-overage'; projectId: ProjectId; periodKey: string }
  | { kind: 'manual' };

/** A line as proposed by a billing run or added by hand, before it has an id. */
export interface DraftLine {
  source: LineSource;
  description: string;
  quantity: LineQuantity;
  price: LinePrice;
  discount: LineDiscount | null;
  notes: string;
  /** Entries this line bills; they are marked billed when the invoice is issued. */
  entryIds: TimeEntryId[];
}

export interface InvoiceLine extends DraftLine {
  lineId: string;
}

/** The line before its discount. */
export function lineGrossAmount(
  line: Pick<DraftLine, 'quantity' | 'price'>,
): Money {
  const { price, quantity } = line;
  switch (price.kind) {
    case 'entries':
      return price.amount;
    case 'per-hour':
      return moneyForSeconds(price.unitAmount, quantity.value);
    case 'per-unit':
      return money(
        toSafeInteger(
          BigInt(quantity.value) * BigInt(price.unitAmount.amountMinor),
          'line amount',
        ),
        price.unitAmount.currency,
      );
    default:
      return assertNever(price, 'line price');
  }
}

/** The discount in money: the amount itself, or round-half-up(gross x bps / 10000). */
export function lineDiscountAmount(
  line: Pick<DraftLine, 'quantity' | 'price' | 'discount'>,
): Money {
  const gross = lineGrossAmount(line);
  const { discount } = line;
  if (discount === null) return money(0, gross.currency);
  switch (discount.kind) {
    case 'amount':
      return discount.amount;
    case 'percent':
      return applyBasisPoints(gross, discount.basisPoints);
    default:
      return assertNever(discount, 'line discount');
  }
}

/** The rounded line amount that counts towards the subtotal: gross minus discount. */
export function lineNetAmount(
  line: Pick<DraftLine, 'quantity' | 'price' | 'discount'>,
): Money {
  return subtractMoney(lineGrossAmount(line), lineDiscountAmount(line));
}
