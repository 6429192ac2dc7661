import { classifyApiError } from '../../setup/shared/api-error';

/** One sentence for an alert: 400 lists each field with its reason, 409 says what conflicts, others the API's message. */
export function readableError(error: unknown): string {
  const failure = classifyApiError(error);
  if (failure.kind === 'validation' && failure.fields.length > 0) {
    return failure.fields.map((field) => `${field.path}: ${field.reason}`).join('; ');
  }
  return failure.message;
}
