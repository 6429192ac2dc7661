import { MemberId, ProjectId, TaskId, TimeEntryId } from '@billing/shared/kernel';
import { Instant } from '../shared/instant';

/** A calendar event as the ICS parser layer hands it over: zones already resolved to instants. */
export interface ParsedCalendarEvent {
  uid: string;
  /** The original start of this occurrence of a recurring event; null for a single event. */
  recurrenceId: Instant | null;
  summary: string;
  startsAt: Instant;
  endsAt: Instant;
  allDay: boolean;
}

/** A member's rule: events whose summary contains `keyword` (any letter case) go to the project and task. */
export interface CalendarMappingRule {
  keyword: string;
  projectId: ProjectId;
  taskId?: TaskId | null;
}

export interface CalendarImportInput {
  memberId: MemberId;
  events: readonly ParsedCalendarEvent[];
  /** In order: the first matching rule wins. */
  rules: readonly CalendarMappingRule[];
  /** The entry already imported under an external id, if any. */
  importedEntryFor: (externalId: string) => TimeEntryId | undefined;
}

export type CalendarSkipReason = 'all-day' | 'no-matching-rule' | 'not-after-start' | 'longer-than-24h' | 'repeated-in-calendar';

export type CalendarProposal =
  | {
      outcome: 'proposed';
      externalId: string;
      memberId: MemberId;
      projectId: ProjectId;
      taskId: TaskId | null;
      description: string;
      startedAt: Instant;
      endedAt: Instant;
      durationSeconds: number;
      matchedKeyword: string;
    }
  | { outcome: 'already-imported'; externalId: string; entryId: TimeEntryId }
  | { outcome: 'skipped'; externalId: string; reason: CalendarSkipReason };
