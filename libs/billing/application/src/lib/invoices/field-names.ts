import { ValidationError } from '@billing/shared/kernel';

const API_NAMES: Record<string, string> = {
  'quantity.value': 'quantity',
  unitAmount: 'unitAmountMinor',
  'unitAmount.amountMinor': 'unitAmountMinor',
  'line.quantity.value': 'quantity.value',
  'line.price.unitAmount.amountMinor': 'unitAmountMinor',
  'line.description': 'description',
  'line.notes': 'notes',
  'discount.amount.amountMinor': 'discount.amountMinor',
  'line.discount.amount.amountMinor': 'discount.amountMinor',
  'line.discount.basisPoints': 'discount.basisPoints',
};

/** Domain field paths (`unitAmount.amountMinor`) as the API names them (`unitAmountMinor`). */
export async function withInvoiceFieldNames<T>(
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError(
        error.fields.map((field) => ({
          ...field,
          path: API_NAMES[field.path] ?? field.path,
        })),
      );
    throw error;
  }
}
