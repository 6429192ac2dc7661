import { ValidationErrors } from '@angular/forms';

/** The one message to show under a field: the server's reason first, then our own checks. */
export function errorMessage(errors: ValidationErrors | null | undefined): string {
  if (!errors) {
    return '';
  }
  if (typeof errors['server'] === 'string') {
    return capitalise(errors['server']);
  }
  if (typeof errors['format'] === 'string') {
    return errors['format'];
  }
  if (errors['required']) {
    return 'Required';
  }
  if (errors['email']) {
    return 'Enter an e-mail address like name@example.com';
  }
  if (errors['maxlength']) {
    return `At most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters`;
  }
  if (errors['minlength']) {
    return `At least ${(errors['minlength'] as { requiredLength: number }).requiredLength} characters`;
  }
  if (errors['min'] || errors['max']) {
    return 'Out of range';
  }
  return 'Check this value';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
