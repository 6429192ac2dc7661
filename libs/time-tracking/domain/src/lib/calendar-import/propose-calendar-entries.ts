import { ValidationError } from '@billing/shared/kernel';
import { MAX_ENTRY_SECONDS } from '../calendar/entry-duration';
import { epochSeconds, parseInstant } from '../shared/instant';
import { calendarExternalId } from './calendar-external-id';
import { CalendarImportInput, CalendarMappingRule, CalendarProposal, ParsedCalendarEvent } from './calendar-import.types';

function checkRules(rules: readonly CalendarMappingRule[]): { rule: CalendarMappingRule; needle: string }[] {
  return rules.map((rule, index) => {
    const needle = typeof rule.keyword === 'string' ? rule.keyword.trim().toLocaleLowerCase('en-US') : '';
    if (needle === '') throw ValidationError.single(`rules[${index}].keyword`, 'must not be empty');
    return { rule, needle };
  });
}

function proposeOne(
  event: ParsedCalendarEvent,
  externalId: string,
  input: CalendarImportInput,
  rules: { rule: CalendarMappingRule; needle: string }[],
): CalendarProposal {
  const existing = input.importedEntryFor(externalId);
  if (existing !== undefined) return { outcome: 'already-imported', externalId, entryId: existing };
  if (event.allDay) return { outcome: 'skipped', externalId, reason: 'all-day' };
  const startedAt = parseInstant(event.startsAt, 'startsAt');
  const endedAt = parseInstant(event.endsAt, 'endsAt');
  const seconds = epochSeconds(endedAt) - epochSeconds(startedAt);
  if (seconds <= 0) return { outcome: 'skipped', externalId, reason: 'not-after-start' };
  if (seconds > MAX_ENTRY_SECONDS) return { outcome: 'skipped', externalId, reason: 'longer-than-24h' };
  const summary = (event.summary ?? '').trim();
  const match = rules.find(({ needle }) => summary.toLocaleLowerCase('en-US').includes(needle));
  if (match === undefined) return { outcome: 'skipped', externalId, reason: 'no-matching-rule' };
  return {
    outcome: 'proposed',
    externalId,
    memberId: input.memberId,
    projectId: match.rule.projectId,
    taskId: match.rule.taskId ?? null,
    description: summary,
    startedAt,
    endedAt,
    durationSeconds: seconds,
    matchedKeyword: match.rule.keyword.trim(),
  };
}

/**
 * Proposes time entries for a member's calendar events, one proposal per event in the given order. Nothing is
 * written: the member reviews the proposals, and each accepted one becomes a log-time-entry with source
 * `calendar` and the proposal's external id (which the decider checks again against double imports).
 */
export function proposeCalendarEntries(input: CalendarImportInput): CalendarProposal[] {
  const rules = checkRules(input.rules);
  const seen = new Set<string>();
  return input.events.map((event) => {
    const externalId = calendarExternalId(event.uid, event.recurrenceId);
    if (seen.has(externalId)) return { outcome: 'skipped', externalId, reason: 'repeated-in-calendar' };
    seen.add(externalId);
    return proposeOne(event, externalId, input, rules);
  });
}
