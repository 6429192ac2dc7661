import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ParseResult } from './decimal-text';
import { parseHoursText } from './hours-text';
import { parseMoneyText } from './money-text';
import { parsePercentToBasisPoints } from './percent-text';

/** Wraps a text parser as a validator: empty text passes (pair with `Validators.required` when needed). */
function parsedTextValidator(parse: (text: string) => ParseResult, check?: (value: number) => string | null): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const text = control.value ?? '';
    if (text.trim() === '') {
      return null;
    }
    const parsed = parse(text);
    if (!parsed.ok) {
      return { format: parsed.reason };
    }
    const problem = check?.(parsed.value) ?? null;
    return problem ? { format: problem } : null;
  };
}

/** Money in the currency that `currency()` names when the check runs (it can change with the client). */
export function moneyTextValidator(currency: () => string, options: { positive?: boolean } = {}): ValidatorFn {
  return parsedTextValidator(
    (text) => parseMoneyText(text, currency()),
    (value) => (options.positive && value === 0 ? 'Must be greater than zero' : null),
  );
}

export const hoursTextValidator: ValidatorFn = parsedTextValidator(parseHoursText);

export const percentTextValidator: ValidatorFn = parsedTextValidator(parsePercentToBasisPoints);

/** A whole number within [min, max], typed as text. */
export function wholeNumberValidator(min: number, max: number): ValidatorFn {
  return parsedTextValidator(
    (text) => (/^\s*\d+\s*$/.test(text) ? { ok: true, value: Number(text.trim()) } : { ok: false, reason: 'Enter a whole number' }),
    (value) => (value < min || value > max ? `Must be from ${min} to ${max}` : null),
  );
}
