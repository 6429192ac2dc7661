import { signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { firstValueFrom, Observable } from 'rxjs';
import { applyFieldProblems, classifyApiError, PathAliases } from './api-error';
import { IdempotencyKeys } from './idempotency-keys';

export interface SubmissionOptions {
  /** Server field path -> control path where the form differs from the request. */
  readonly aliases?: PathAliases;
  /** Business error codes that belong to one field, e.g. `{ MEMBER_EMAIL_TAKEN: 'email' }`. */
  readonly codeFields?: Readonly<Record<string, string>>;
}

/**
 * The life of one form's submissions: pending state, server field errors placed on their fields, the stale-revision
 * conflict, and an Idempotency-Key kept across retries of the same payload.
 */
export class FormSubmission {
  private readonly keys: IdempotencyKeys;

  readonly pending = signal(false);
  /** Set on 409 (stale revision): the form offers a reload. */
  readonly stale = signal(false);
  /** A message for the whole form (rule violations, unplaced field errors, network failures). */
  readonly formError = signal<string | null>(null);

  constructor(
    private readonly form: AbstractControl,
    private readonly options: SubmissionOptions = {},
    newKey?: () => string,
  ) {
    this.keys = new IdempotencyKeys(newKey);
  }

  /**
   * Sends `request(idempotencyKey)` for `payload`; resolves the result, or null after showing what went wrong.
   * Callers check `form.valid` first.
   */
  async submit<Result>(payload: unknown, request: (idempotencyKey: string) => Observable<Result>): Promise<Result | null> {
    if (this.pending()) {
      return null;
    }
    this.pending.set(true);
    this.formError.set(null);
    this.stale.set(false);
    const key = this.keys.keyFor(payload);
    try {
      const result = await firstValueFrom(request(key));
      this.keys.settle();
      return result;
    } catch (error: unknown) {
      this.showFailure(error);
      return null;
    } finally {
      this.pending.set(false);
    }
  }

  /** After a reload that replaced the form's values: forget the conflict. */
  reset(): void {
    this.stale.set(false);
    this.formError.set(null);
    this.keys.settle();
  }

  private showFailure(error: unknown): void {
    const failure = classifyApiError(error);
    if (failure.kind !== 'retryable') {
      this.keys.settle();
    }
    switch (failure.kind) {
      case 'validation': {
        const unplaced = applyFieldProblems(this.form, failure.fields, this.options.aliases);
        const listed = unplaced.map((problem) => `${problem.path}: ${problem.reason}`).join('; ');
        this.formError.set(unplaced.length > 0 || failure.fields.length === 0 ? listed || failure.message : null);
        return;
      }
      case 'stale':
        this.stale.set(true);
        return;
      case 'rule': {
        const field = failure.code ? this.options.codeFields?.[failure.code] : undefined;
        const control = field ? this.form.get(field) : null;
        if (control) {
          control.setErrors({ ...(control.errors ?? {}), server: failure.message });
          control.markAsTouched();
        } else {
          this.formError.set(failure.message);
        }
        return;
      }
      default:
        this.formError.set(failure.message);
    }
  }
}
