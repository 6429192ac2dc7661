import { ValidationError } from '@billing/shared/kernel';

/** The domain names `effectiveFrom` and `ratePerHour`; the API says `validFrom`, `rateMinorPerHour` and `currency`. */
const API_NAMES: Record<string, string> = {
  effectiveFrom: 'validFrom',
  'ratePerHour.amountMinor': 'rateMinorPerHour',
  'ratePerHour.currency': 'currency',
  ratePerHour: 'rateMinorPerHour',
};

export async function withApiFieldNames<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(
        error.fields.map((field) => ({
          ...field,
          path: API_NAMES[field.path] ?? field.path,
        })),
      );
    }
    throw error;
  }
}
