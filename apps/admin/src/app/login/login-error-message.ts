import { HttpErrorResponse } from '@angular/common/http';

/** What the login page tells the person when signing in failed. */
export function loginErrorMessage(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) {
    return 'Sign-in failed unexpectedly. Please try again.';
  }
  switch (error.status) {
    case 0:
      return 'The server cannot be reached. Check your connection and try again.';
    case 400:
    case 401:
      return 'E-mail or password is incorrect';
    case 429:
      return 'Too many attempts, try again later';
    default:
      return `Sign-in failed (error ${error.status}). Please try again.`;
  }
}
