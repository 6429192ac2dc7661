import {
  CurrencyCode,
  FieldProblem,
  Id,
  LocalDate,
  Money,
  TimeRounding,
  TimeZone,
  ValidationError,
  isCurrencyCode,
  isDurationSeconds,
  isLocalDate,
  isUuid,
  isValidTimeZone,
  parseTimeRounding,
  parseTimeZone,
} from '@billing/shared/kernel';

export const MAX_NAME_LENGTH = 200;

/**
 * Collects every field problem of a command before failing, so a form can show them all at once.
 * Each check returns the (normalised) value so decide functions read top to bottom.
 */
export class FieldChecks {
  private readonly problems: FieldProblem[] = [];

  add(path: string, reason: string): void {
    this.problems.push({ path, reason });
  }

  name(value: string, path = 'name'): string {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed.length === 0) {
      this.add(path, 'must not be empty');
    } else if (trimmed.length > MAX_NAME_LENGTH) {
      this.add(path, `must be at most ${MAX_NAME_LENGTH} characters`);
    }
    return trimmed;
  }

  id<Brand extends string>(value: Id<Brand>, path: string): Id<Brand> {
    if (!isUuid(value)) {
      this.add(path, 'must be a lower-case UUID');
    }
    return value;
  }

  /** A list of distinct ids; duplicates are reported rather than silently dropped. */
  ids<Brand extends string>(
    values: readonly Id<Brand>[],
    path: string,
  ): Id<Brand>[] {
    if (!Array.isArray(values)) {
      this.add(path, 'must be a list');
      return [];
    }
    values.forEach((value, index) => this.id(value, `${path}[${index}]`));
    if (new Set(values).size !== values.length) {
      this.add(path, 'must not contain duplicates');
    }
    return [...values];
  }

  currency(value: string, path = 'currency'): CurrencyCode {
    if (!isCurrencyCode(value)) {
      this.add(path, `unknown ISO 4217 currency code: ${String(value)}`);
    }
    return value as CurrencyCode;
  }

  timeZone(value: string, path = 'timeZone'): TimeZone {
    if (!isValidTimeZone(value)) {
      this.add(path, `unknown IANA time zone: ${String(value)}`);
      return value as TimeZone;
    }
    return parseTimeZone(value, path);
  }

  timeRounding(value: TimeRounding, path = 'timeRounding'): TimeRounding {
    try {
      return parseTimeRounding(value, path);
    } catch (error) {
      this.absorb(error);
      return value;
    }
  }

  date(value: LocalDate, path: string): LocalDate {
    if (!isLocalDate(value)) {
      this.add(path, 'must be a calendar date YYYY-MM-DD');
    }
    return value;
  }

  seconds(value: number, path: string): number {
    if (!isDurationSeconds(value)) {
      this.add(path, 'must be a whole, non-negative number of seconds');
    }
    return value;
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

  /** Money that is well-formed, not negative (or positive when `positive`), in the expected currency. */
  money(
    value: Money,
    path: string,
    expectedCurrency: CurrencyCode,
    options: { positive?: boolean } = {},
  ): Money {
    if (typeof value !== 'object' || value === null) {
      this.add(path, 'must be an amount with a currency');
      return value;
    }
    if (!Number.isSafeInteger(value.amountMinor)) {
      this.add(`${path}.amountMinor`, 'must be a whole number of minor units');
    } else if (value.amountMinor < 0) {
      this.add(`${path}.amountMinor`, 'must not be negative');
    } else if (options.positive === true && value.amountMinor === 0) {
      this.add(`${path}.amountMinor`, 'must be greater than zero');
    }
    if (!isCurrencyCode(value.currency)) {
      this.add(
        `${path}.currency`,
        `unknown ISO 4217 currency code: ${String(value.currency)}`,
      );
    } else if (value.currency !== expectedCurrency) {
      this.add(
        `${path}.currency`,
        `must be ${expectedCurrency}, the client's currency`,
      );
    }
    return { amountMinor: value.amountMinor, currency: value.currency };
  }

  /** Throws one ValidationError listing every problem found so far. */
  throwIfAny(): void {
    if (this.problems.length > 0) {
      throw new ValidationError([...this.problems]);
    }
  }

  private absorb(error: unknown): void {
    if (error instanceof ValidationError) {
      this.problems.push(...error.fields);
      return;
    }
    throw error;
  }
}

/** Drops keys whose value is undefined, so "changed fields" events only list what changed. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
