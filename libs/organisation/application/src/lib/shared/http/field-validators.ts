import { ValidateBy, type ValidationOptions } from 'class-validator';
import {
  CURRENCY_CODES,
  isCurrencyCode,
  isLocalDate,
  isUuid,
  isValidTimeZone,
} from '@billing/shared/kernel';

/** An ISO 4217 code from the kernel's currency list. */
export function IsCurrencyCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCurrencyCode',
      validator: {
        validate: (value: unknown) => isCurrencyCode(value),
        defaultMessage: () =>
          `$property must be an ISO 4217 currency code (e.g. EUR), one of ${CURRENCY_CODES.length} known codes`,
      },
    },
    options,
  );
}

/** An IANA time zone the runtime knows, e.g. Europe/Berlin. */
export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIanaTimeZone',
      validator: {
        validate: (value: unknown) => isValidTimeZone(value),
        defaultMessage: () =>
          '$property must be an IANA time zone such as Europe/Berlin',
      },
    },
    options,
  );
}

/** A real calendar date YYYY-MM-DD (2026-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: () => '$property must be a calendar date YYYY-MM-DD',
      },
    },
    options,
  );
}

/** A lower-case UUID, as every id in this API. */
export function IsEntityId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEntityId',
      validator: {
        validate: (value: unknown) => isUuid(value),
        defaultMessage: () => '$property must be a lower-case UUID',
      },
    },
    options,
  );
}
