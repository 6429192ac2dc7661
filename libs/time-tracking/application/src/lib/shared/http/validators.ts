import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isInstantText } from '@billing/time-tracking/domain';
import { isLocalDate } from '@billing/shared/kernel';

/** An ISO-8601 instant with an explicit zone (`Z` or `+02:00`). */
export const IsInstant = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => isInstantText(value),
        defaultMessage: () => 'must be an ISO-8601 instant with a zone, e.g. 2026-03-10T09:00:00Z',
      },
    },
    options,
  );

/** A calendar day `YYYY-MM-DD`. */
export const IsLocalDay = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLocalDay',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: () => 'must be a date YYYY-MM-DD',
      },
    },
    options,
  );

/** Query strings carry text: `true`/`false` become booleans, anything else stays and fails IsBoolean. */
export const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** `5` becomes 5; anything not a whole number stays text and fails IsInt. */
export const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value;
