import { ValidationError } from '@billing/shared/kernel';
import { AuditFinding, AuditSettings, AuditedEntry } from './audit.types';
import { findLoggedLate } from './rules/find-logged-late';
import { findLongEntries } from './rules/find-long-entries';
import { findMissingFields } from './rules/find-missing-fields';
import { findNonWorkingDay } from './rules/find-non-working-day';
import { findOverlaps } from './rules/find-overlaps';

const PER_ENTRY_RULES = [findLongEntries, findMissingFields, findNonWorkingDay, findLoggedLate] as const;

/**
 * Quality audit of time logs: every finding names the entry and the rule. Findings come per entry in the order
 * the entries were given, overlaps last. Pass live entries only (deleted ones have left the reports).
 */
export function auditTimeEntries(entries: readonly AuditedEntry[], settings: AuditSettings): AuditFinding[] {
  if (!Number.isSafeInteger(settings.lateAfterDays) || settings.lateAfterDays < 0) {
    throw ValidationError.single('lateAfterDays', 'must be a whole, non-negative number of days');
  }
  const perEntry = entries.flatMap((entry) => PER_ENTRY_RULES.flatMap((rule) => rule(entry, settings)));
  return [...perEntry, ...findOverlaps(entries, settings)];
}
