import { ValidationError } from '@billing/shared/kernel';
import { Instant, parseInstant } from '../shared/instant';

/**
 * The external id of an imported calendar event: its UID plus, for one occurrence of a recurring event, the
 * occurrence's original start (RECURRENCE-ID) as an instant. `calendar:single:<uid>` or
 * `calendar:2026-03-02T08:00:00Z:<uid>`; the middle part has a fixed shape, so any UID fits after it.
 */
export function calendarExternalId(uid: string, recurrenceId: Instant | null): string {
  const trimmed = typeof uid === 'string' ? uid.trim() : '';
  if (trimmed === '') throw ValidationError.single('uid', 'must not be empty');
  const occurrence = recurrenceId === null ? 'single' : parseInstant(recurrenceId, 'recurrenceId');
  return `calendar:${occurrence}:${trimmed}`;
}
