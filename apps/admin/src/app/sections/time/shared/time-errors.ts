import { HttpErrorResponse } from '@angular/common/http';
import { catchError, MonoTypeOperatorFunction, throwError } from 'rxjs';
import { closedPeriodMessage } from '../../../shared/period/month-label';
import { ApiFailure, classifyApiError } from '../../setup/shared/api-error';

/** What the time-tracking conflicts mean for the person, in place of the server's technical wording. */
const CODE_MESSAGES: Readonly<Record<string, (serverMessage: string) => string>> = {
  PERIOD_CLOSED: (message) => closedPeriodMessage(message),
  ENTRY_BILLED: () => 'This entry is billed and locked. Void its invoice or undo "mark as billed" before changing it.',
  ENTRY_RUNNING: () => 'This entry is still running: stop the timer first.',
  ENTRY_DELETED: () => 'This entry was deleted in the meantime.',
  PERIOD_OPEN: () => "This entry's period is open: edit the entry itself instead of adjusting it.",
  ADJUSTMENT_BELOW_ZERO: () => "That would take the entry below zero hours: it has less time left after its earlier adjustments.",
  ENTRY_HAS_ADJUSTMENTS: () =>
    'This entry has adjusting entries: its start, end and duration stay as they are and it cannot be deleted. Delete its adjustments first; its description, tags and billable flag can still change.',
  ADJUSTMENT_NOT_EDITABLE: () => 'An adjusting entry is not edited: delete it and post a new adjustment.',
  TIMER_NOT_RUNNING: () => 'The timer was already stopped, perhaps in another window. The Time section now shows the latest state.',
};

function bodyOf(error: HttpErrorResponse): { code?: string; message?: string } {
  return typeof error.error === 'object' && error.error !== null ? (error.error as { code?: string; message?: string }) : {};
}

export function conflictCode(error: unknown): string | null {
  return error instanceof HttpErrorResponse ? (bodyOf(error).code ?? null) : null;
}

/** classifyApiError, with the time-tracking conflict codes explained. */
export function classifyTimeError(error: unknown): ApiFailure {
  const failure = classifyApiError(error);
  const code = conflictCode(error);
  const explain = code ? CODE_MESSAGES[code] : undefined;
  return failure.kind === 'rule' && explain ? { ...failure, message: explain(failure.message) } : failure;
}

/** Rewrites the message of known conflicts in the error body, for forms that show the server's message. */
export function explainTimeConflicts<T>(): MonoTypeOperatorFunction<T> {
  return catchError((error: unknown) => {
    const code = conflictCode(error);
    const explain = code ? CODE_MESSAGES[code] : undefined;
    if (!(error instanceof HttpErrorResponse) || !explain) {
      return throwError(() => error);
    }
    const body = bodyOf(error);
    return throwError(
      () =>
        new HttpErrorResponse({
          error: { ...body, message: explain(body.message ?? '') },
          headers: error.headers,
          status: error.status,
          statusText: error.statusText,
          url: error.url ?? undefined,
        }),
    );
  });
}
