import {
  CurrencyCode,
  FieldProblem,
  LocalDate,
  Money,
  ValidationError,
  isCurrencyCode,
  isLocalDate,
  isUuid,
} from '@billing/shared/kernel';

export const MAX_REASON_LENGTH = 500;

/** Collects every field problem of a command before failing, so a form can show them all at once. */
export class FieldChecks {
  private readonly problems: FieldProblem[] = [];

  add(path: string, reason: string): void {
    this.problems.push({ path, reason });
  }

  id<T extends string>(value: T, path: string): T {
    if (!isUuid(value)) this.add(path, 'must be a lower-case UUID');
    return value;
  }

  date(value: LocalDate, path: string): LocalDate {
    if (!isLocalDate(value))
      this.add(path, 'must be a calendar date YYYY-MM-DD');
    return value;
  }

  /** A non-negative whole number of minor units in `expected`, the only currency allowed here. */
  rate(
    value: { amountMinor: number; currency: string } | undefined,
    path: string,
    expected: CurrencyCode,
    expectedWhy: string,
  ): Money {
    if (typeof value !== 'object' || value === null) {
      this.add(path, 'must be an amount with a currency');
      return { amountMinor: 0, currency: expected };
    }
    if (!Number.isSafeInteger(value.amountMinor) || value.amountMinor < 0) {
      this.add(
        `${path}.amountMinor`,
        'must be a whole, non-negative number of minor units',
      );
    }
    if (!isCurrencyCode(value.currency)) {
      this.add(
        `${path}.currency`,
        `unknown ISO 4217 currency code: ${String(value.currency)}`,
      );
    } else if (value.currency !== expected) {
      this.add(`${path}.currency`, `must be ${expected}, ${expectedWhy}`);
    }
    return {
      amountMinor: value.amountMinor,
      currency: value.currency as CurrencyCode,
    };
  }

  /** Optional free text: trimmed, null when empty. */
  reason(value: string | null | undefined, path = 'reason'): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      this.add(path, 'must be text');
      return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > MAX_REASON_LENGTH) {
      this.add(path, `must be at most ${MAX_REASON_LENGTH} characters`);
    }
    return trimmed === '' ? null : trimmed;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new ValidationError([...this.problems]);
  }
}
