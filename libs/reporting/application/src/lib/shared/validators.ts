import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@billing/shared/kernel';

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

/** An ISO-8601 instant with an explicit zone. */
export const IsZonedInstant = (
  options?: ValidationOptions,
): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isZonedInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(
            value,
          ) &&
          !Number.isNaN(Date.parse(value)),
        defaultMessage: () =>
          'must be an ISO-8601 instant with a zone, e.g. 2026-03-10T09:00:00Z',
      },
    },
    options,
  );
