import { AbstractControl, ValidationErrors } from '@angular/forms';
import { ClosePeriodRequest, PeriodDeadlineRequest, ReopenPeriodRequest } from '@billing/closing/contracts';

/** The API's limit on notes and reasons. */
export const MAX_TEXT_LENGTH = 2000;

/** Blank or whitespace only counts as missing, as on the server. */
export function noteRequired(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

/** No teams: organisation-wide; a blank note is left out. */
export function closeRequest(teamIds: readonly string[], note: string): ClosePeriodRequest {
  const trimmed = note.trim();
  return { ...(teamIds.length > 0 ? { teamIds: [...teamIds] } : {}), ...(trimmed ? { note: trimmed } : {}) };
}

/** No teams: everything closed in the period reopens. */
export function reopenRequest(teamIds: readonly string[], reason: string): ReopenPeriodRequest {
  return { ...(teamIds.length > 0 ? { teamIds: [...teamIds] } : {}), reason: reason.trim() };
}

/** null deadline: back to the organisation's rule. */
export function deadlineRequest(deadline: string | null, reason: string): PeriodDeadlineRequest {
  const trimmed = reason.trim();
  return { deadline, ...(trimmed ? { reason: trimmed } : {}) };
}
