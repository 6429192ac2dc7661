import { AbstractControl, ValidationErrors } from '@angular/forms';
import { isCurrencyCode, isValidTimeZone } from '@billing/shared/kernel';

export const MAX_NAME_LENGTH = 200;

/** A name the server accepts: not blank once trimmed. (Length: `Validators.maxLength(MAX_NAME_LENGTH)`.) */
export function nameRequired(control: AbstractControl<string | null>): ValidationErrors | null {
  return (control.value ?? '').trim() === '' ? { required: true } : null;
}

export function currencyCode(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = (control.value ?? '').trim();
  return value === '' || isCurrencyCode(value) ? null : { format: 'Unknown ISO 4217 currency code' };
}

export function timeZoneName(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = (control.value ?? '').trim();
  return value === '' || isValidTimeZone(value) ? null : { format: 'Unknown IANA time zone' };
}
