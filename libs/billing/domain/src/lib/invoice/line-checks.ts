import {
  CurrencyCode,
  Money,
  RuleViolationError,
  TimeEntryId,
  isUuid,
} from '@billing/shared/kernel';
import {
  FieldChecks,
  MAX_DESCRIPTION_LENGTH,
  MAX_NOTES_LENGTH,
} from '../shared/field-checks';
import {
  DraftLine,
  LineDiscount,
  LinePrice,
  LineQuantity,
  LineSource,
  lineDiscountAmount,
  lineGrossAmount,
} from '../lines/invoice-line';

/**
 * `signed`: a line priced from its entries may be negative, when adjusting entries that take time off outweigh the
 * period's other entries of the line; every other quantity is zero or more.
 */
export function checkQuantity(
  checks: FieldChecks,
  quantity: LineQuantity,
  path: string,
  signed = false,
): LineQuantity {
  if (
    typeof quantity !== 'object' ||
    quantity === null ||
    (quantity.unit !== 'seconds' && quantity.unit !== 'units')
  ) {
    checks.add(`${path}.unit`, 'must be seconds or units');
    return quantity;
  }
  checks.integerInRange(
    quantity.value,
    signed ? Number.MIN_SAFE_INTEGER : 0,
    Number.MAX_SAFE_INTEGER,
    `${path}.value`,
  );
  return { unit: quantity.unit, value: quantity.value };
}

export function checkPrice(
  checks: FieldChecks,
  price: LinePrice,
  quantity: LineQuantity,
  currency: CurrencyCode,
  path: string,
): LinePrice {
  if (typeof price !== 'object' || price === null) {
    checks.add(path, 'must be a price');
    return price;
  }
  const needs = price.kind === 'per-unit' ? 'units' : 'seconds';
  if (quantity?.unit !== undefined && quantity.unit !== needs) {
    checks.add(
      `${path}.kind`,
      `a ${price.kind} price needs a quantity in ${needs}`,
    );
  }
  switch (price.kind) {
    case 'entries':
      return {
        kind: 'entries',
        amount: checks.money(price.amount, `${path}.amount`, currency),
      };
    case 'per-hour':
    case 'per-unit':
      return {
        kind: price.kind,
        unitAmount: checks.money(
          price.unitAmount,
          `${path}.unitAmount`,
          currency,
        ),
      };
    default:
      checks.add(`${path}.kind`, 'must be entries, per-hour or per-unit');
      return assertNeverQuiet(price);
  }
}

function assertNeverQuiet(value: never): never {
  return value;
}

export function checkDiscount(
  checks: FieldChecks,
  discount: LineDiscount | null,
  currency: CurrencyCode,
  path: string,
): LineDiscount | null {
  if (discount === null) return null;
  if (discount?.kind === 'amount')
    return {
      kind: 'amount',
      amount: checks.money(discount.amount, `${path}.amount`, currency),
    };
  if (discount?.kind === 'percent') {
    return {
      kind: 'percent',
      basisPoints: checks.integerInRange(
        discount.basisPoints,
        0,
        10_000,
        `${path}.basisPoints`,
      ),
    };
  }
  checks.add(`${path}.kind`, 'must be amount or percent');
  return discount;
}

/** A discount may take a line to zero, never below. Run after the field checks passed. */
export function assertDiscountFits(
  line: Pick<DraftLine, 'quantity' | 'price' | 'discount'>,
  where: string,
): void {
  const gross: Money = lineGrossAmount(line);
  const discount = lineDiscountAmount(line);
  if (discount.amountMinor > gross.amountMinor) {
    throw new RuleViolationError(
      'DISCOUNT_EXCEEDS_LINE',
      `The discount on ${where} (${discount.amountMinor}) is larger than the line amount (${gross.amountMinor})`,
    );
  }
}

export function checkDraftLine(
  checks: FieldChecks,
  line: DraftLine,
  currency: CurrencyCode,
  path: string,
): DraftLine {
  const quantity = checkQuantity(
    checks,
    line.quantity,
    `${path}.quantity`,
    line.price?.kind === 'entries',
  );
  const entryIds: TimeEntryId[] = Array.isArray(line.entryIds)
    ? [...line.entryIds]
    : [];
  if (!Array.isArray(line.entryIds))
    checks.add(`${path}.entryIds`, 'must be a list');
  entryIds.forEach((id, index) => {
    if (!isUuid(id))
      checks.add(`${path}.entryIds[${index}]`, 'must be a lower-case UUID');
  });
  return {
    source: checkSource(checks, line.source, `${path}.source`),
    description: checks.text(
      line.description,
      `${path}.description`,
      MAX_DESCRIPTION_LENGTH,
      true,
    ),
    quantity,
    price: checkPrice(checks, line.price, quantity, currency, `${path}.price`),
    discount: checkDiscount(
      checks,
      line.discount ?? null,
      currency,
      `${path}.discount`,
    ),
    notes: checks.text(
      line.notes ?? '',
      `${path}.notes`,
      MAX_NOTES_LENGTH,
      false,
    ),
    entryIds,
  };
}

const LINE_SOURCE_KINDS = [
  'hourly-member',
  'hourly-task',
  'milestone',
  'remaining-fee',
  'period-fee',
  'period-overage',
  'manual',
] as const satisfies readonly LineSource['kind'][];

function checkSource(
  checks: FieldChecks,
  source: LineSource | undefined,
  path: string,
): LineSource {
  if (source === undefined) return { kind: 'manual' };
  if (!(LINE_SOURCE_KINDS as readonly string[]).includes(source?.kind)) {
    checks.add(
      `${path}.kind`,
      `must be one of ${LINE_SOURCE_KINDS.join(', ')}`,
    );
  }
  return source;
}
