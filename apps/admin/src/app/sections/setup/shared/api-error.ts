import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';
import { ApiErrorBody } from '@billing/organisation/contracts';

export interface FieldProblem {
  readonly path: string;
  readonly reason: string;
}

/** What went wrong with a request, in the terms a form reacts to. */
export type ApiFailure =
  | { readonly kind: 'validation'; readonly fields: readonly FieldProblem[]; readonly message: string }
  | { readonly kind: 'stale'; readonly message: string }
  | { readonly kind: 'rule'; readonly code: string | null; readonly message: string }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'not-found'; readonly message: string }
  /** No answer, or the server failed: the same submission may be retried with the same Idempotency-Key. */
  | { readonly kind: 'retryable'; readonly message: string };

export const STALE_MESSAGE = 'Someone else changed this; reload to see their change.';

function bodyOf(error: HttpErrorResponse): Partial<ApiErrorBody> {
  return typeof error.error === 'object' && error.error !== null ? (error.error as Partial<ApiErrorBody>) : {};
}

export function classifyApiError(error: unknown): ApiFailure {
  if (!(error instanceof HttpErrorResponse)) {
    return { kind: 'retryable', message: 'Something went wrong. Try again.' };
  }
  const body = bodyOf(error);
  const message = typeof body.message === 'string' && body.message ? body.message : '';
  switch (error.status) {
    case 400:
      return { kind: 'validation', fields: Array.isArray(body.fields) ? body.fields : [], message: message || 'Check the highlighted fields.' };
    case 409:
    case 412:
    case 428:
      // A stale or missing If-Match; other 409 codes (MEMBER_EMAIL_TAKEN, ...) are business conflicts.
      return !body.code || /REVISION|PRECONDITION|IF_MATCH/.test(body.code)
        ? { kind: 'stale', message: STALE_MESSAGE }
        : { kind: 'rule', code: body.code, message: message || 'This change is not allowed.' };
    case 403:
      return {
        kind: 'forbidden',
        message: body.missingPermission ? `You lack the permission ${body.missingPermission}.` : 'You may not do this.',
      };
    case 404:
      return { kind: 'not-found', message: 'It no longer exists. Reload the list.' };
    case 422:
      return { kind: 'rule', code: body.code ?? null, message: message || 'This change is not allowed.' };
    default:
      return error.status === 0 || error.status >= 500
        ? { kind: 'retryable', message: 'The server could not be reached or failed. Try again.' }
        : { kind: 'rule', code: body.code ?? null, message: message || `The request failed (${error.status}).` };
  }
}

/** Server path -> form control path, for fields whose form shape differs from the request's. */
export type PathAliases = Readonly<Record<string, string>>;

/**
 * Resolves a server field path like `billingModel.fee.amountMinor` or `roles[1]` to a control of the form:
 * aliases first (longest matching prefix), then the path itself, then ever shorter prefixes of it.
 */
export function controlForPath(form: AbstractControl, path: string, aliases: PathAliases = {}): AbstractControl | null {
  const segments = path.replace(/\[\d+\]/g, '').split('.').filter(Boolean);
  for (let length = segments.length; length > 0; length--) {
    const prefix = segments.slice(0, length).join('.');
    const alias = aliases[prefix];
    const control = form.get(alias ?? prefix);
    if (control && control !== form) {
      return control;
    }
  }
  return null;
}

/**
 * Puts each server problem on its field as `{ server: reason }` (touched, so it shows at once) and returns the
 * problems no field could take, for a message above the form.
 */
export function applyFieldProblems(form: AbstractControl, problems: readonly FieldProblem[], aliases: PathAliases = {}): FieldProblem[] {
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const control = controlForPath(form, problem.path, aliases);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: problem.reason });
      control.markAsTouched();
    } else {
      unplaced.push(problem);
    }
  }
  return unplaced;
}
