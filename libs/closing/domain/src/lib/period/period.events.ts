import { LocalDate, TeamId } from '@billing/shared/kernel';
import { ChecklistSnapshot } from '../checklist/checklist';
import { DomainEvent } from '../shared/messages';

/** The submission deadline of one period was set by hand; `deadline` null goes back to the organisation's rule. */
export type PeriodDeadlineOverridden = DomainEvent<
  'period-deadline-overridden',
  { periodKey: string; deadline: LocalDate | null; previous: LocalDate | null; reason: string | null }
>;

/**
 * The period was closed organisation-wide (`organisationWide`, no teams) or for the listed teams, with the checklist
 * as it was at that moment and finance's note.
 */
export type PeriodClosed = DomainEvent<
  'period-closed',
  { periodKey: string; organisationWide: boolean; teamIds: TeamId[]; note: string | null; checklist: ChecklistSnapshot }
>;

/**
 * Scopes were opened again: organisation-wide reopening opens everything closed in the period, and the event lists
 * every team closed on its own that it opened too.
 */
export type PeriodReopened = DomainEvent<
  'period-reopened',
  { periodKey: string; organisationWide: boolean; teamIds: TeamId[]; reason: string }
>;

export type PeriodEvent = PeriodDeadlineOverridden | PeriodClosed | PeriodReopened;
export type PeriodEventType = PeriodEvent['type'];

/** Every stored name of the period stream. Never rename one. */
export const PERIOD_EVENT_TYPES: readonly PeriodEventType[] = ['period-deadline-overridden', 'period-closed', 'period-reopened'];

export const PERIOD_STREAM_PREFIX = 'period-';

/** One stream per month: `period-2026-03`. */
export function periodStreamId(periodKey: string): string {
  return `${PERIOD_STREAM_PREFIX}${periodKey}`;
}
