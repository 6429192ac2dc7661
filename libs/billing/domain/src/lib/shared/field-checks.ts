import {
  CurrencyCode,
  FieldProblem,
  LocalDate,
  Money,
  RuleViolationError,
  ValidationError,
  isCurrencyCode,
  isLocalDate,
  isUuid,
} from '@billing/shared/kernel';

export const MAX_DESCRIPTION_LENGTH = 500;
export const MAX_NOTES_LENGTH = 2000;

/**
 * Collects every field problem of a command before failing. Amounts in another currency than the invoice's are
 * collected apart and refused as MIXED_CURRENCIES (422): well-formed, but against the one-currency rule.
 */
export class FieldChecks {
  private readonly problems: FieldProblem[] = [];
  private readonly foreignCurrencies: string[] = [];

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

  text(
    value: string | undefined,
    path: string,
    maxLength: number,
    required: boolean,
  ): string {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (value !== undefined && typeof value !== 'string')
      this.add(path, 'must be text');
    else if (required && trimmed === '') this.add(path, 'must not be empty');
    else if (trimmed.length > maxLength)
      this.add(path, `must be at most ${maxLength} characters`);
    return trimmed;
  }

  integerInRange(
    value: number,
    min: number,
    max: number,
    path: string,
  ): number {
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      this.add(path, `must be a whole number from ${min} to ${max}`);
    }
    return value;
  }

  /** Non-negative whole minor units in the invoice currency. */
  money(value: Money | undefined, path: string, currency: CurrencyCode): Money {
    if (typeof value !== 'object' || value === null) {
      this.add(path, 'must be an amount with a currency');
      return { amountMinor: 0, currency };
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
    } else if (value.currency !== currency) {
      this.foreignCurrencies.push(`${path} is in ${value.currency}`);
    }
    return { amountMinor: value.amountMinor, currency: value.currency };
  }

  throwIfAny(currency?: CurrencyCode): void {
    if (this.problems.length > 0) throw new ValidationError([...this.problems]);
    if (this.foreignCurrencies.length > 0) {
      throw new RuleViolationError(
        'MIXED_CURRENCIES',
        `An invoice has one currency${currency ? ` (${currency})` : ''}: ${this.foreignCurrencies.join('; ')}`,
      );
    }
  }
}
