import {
  ChecklistFindingView,
  ChecklistItemKindName,
  ChecklistItemView,
  PeriodHistoryEntry,
  PeriodSummaryView,
} from '@billing/closing/contracts';
import { monthLabel } from '../../shared/period/month-label';
import { AUDIT_RULE_LABELS } from '../time/audit/audit-rules';
import { formatDuration } from '../time/shared/duration-text';

/** Names of teams by id; unknown ids read as "Unknown team". */
export type TeamNames = (id: string) => string;

export const CHECKLIST_LABELS: Readonly<Record<ChecklistItemKindName, string>> = {
  'running-timers': 'Running timers',
  'members-behind-pace': 'Members behind on Pace',
  'entries-without-rate': 'Billable entries without a rate',
  'unbilled-billable-hours': 'Unbilled billable hours',
  'quality-findings': 'Quality-audit findings',
};

/** `closed-for-teams` with the teams named: `Closed for Delivery, Design`. */
export function statusLabel(period: Pick<PeriodSummaryView, 'status' | 'closedTeamIds' | 'reopenedTeamIds'>, teamName: TeamNames): string {
  switch (period.status) {
    case 'open':
      return 'Open';
    case 'closed':
      return period.reopenedTeamIds.length > 0 ? `Closed, reopened for ${period.reopenedTeamIds.map(teamName).join(', ')}` : 'Closed';
    case 'closed-for-teams':
      return `Closed for ${period.closedTeamIds.map(teamName).join(', ')}`;
  }
}

/** What the item amounts to, in a few words: `2 to fix`, `12:30 h`, `None`, `Not available`. */
export function itemSummary(item: ChecklistItemView): string {
  switch (item.status) {
    case 'not-available':
      return 'Not available';
    case 'clear':
      return 'None';
    case 'info':
      return item.seconds === undefined ? String(item.count) : `${formatDuration(item.seconds)} h`;
    case 'open':
      return `${item.count} to fix`;
  }
}

/** One finding's reason in words: an audit rule's label, `Timer still running`, `Unbilled`. */
export function findingReason(finding: ChecklistFindingView): string {
  if (finding.reason === 'running-since') {
    return 'Timer still running';
  }
  if (finding.reason === 'unbilled') {
    return finding.seconds === undefined ? 'Unbilled' : `${formatDuration(finding.seconds)} h unbilled`;
  }
  return (AUDIT_RULE_LABELS as Readonly<Record<string, string>>)[finding.reason] ?? finding.reason;
}

/** Where to fix it: entries open in the Time section's edit dialog; member findings have no single place. */
export function findingLink(finding: ChecklistFindingView): { readonly path: string; readonly query: Readonly<Record<string, string>> } | null {
  return finding.target.kind === 'entry' ? { path: '/time/entries', query: { entry: finding.target.entryId } } : null;
}

/** The scope of a close or reopening: `organisation-wide`, `for Delivery`, `organisation-wide and Delivery`. */
export function scopeLabel(entry: Pick<PeriodHistoryEntry, 'organisationWide' | 'teamIds'>, teamName: TeamNames): string {
  const teams = entry.teamIds.map(teamName).join(', ');
  if (entry.organisationWide) {
    return teams ? `organisation-wide (with ${teams})` : 'organisation-wide';
  }
  return `for ${teams}`;
}

/**
 * The heading of one history entry. A close after a reopening is a re-close: `Re-closed organisation-wide`.
 * `history` is oldest first, as the API sends it.
 */
export function historyTitle(history: readonly PeriodHistoryEntry[], index: number, teamName: TeamNames): string {
  const entry = history[index];
  if (!entry) {
    return '';
  }
  switch (entry.kind) {
    case 'closed': {
      const reopenedBefore = history.slice(0, index).some((earlier) => earlier.kind === 'reopened');
      return `${reopenedBefore ? 'Re-closed' : 'Closed'} ${scopeLabel(entry, teamName)}`;
    }
    case 'reopened':
      return `Reopened ${scopeLabel(entry, teamName)}`;
    case 'deadline-overridden':
      return entry.deadline ? `Submission deadline moved to ${dayLabel(entry.deadline)}` : "Submission deadline back to the organisation's rule";
  }
}

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2026-04-03` -> `Fri 3 Apr 2026`. */
export function dayLabel(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? DAY.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))).replace(',', '') : day;
}

/** An instant in the organisation's zone: `25 Nov 2026, 14:05`. */
export function instantLabel(iso: string, zone: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? iso
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(time);
}

/** `1 Oct – 31 Oct 2026`: the first and last day of the period in its zone (`endsAt` is the next month's start). */
export function periodRange(startsAt: string, endsAt: string, zone: string): string {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt) - 1;
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return '';
  }
  const short = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: zone });
  const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone });
  return `${short.format(start)} – ${long.format(end)}`;
}

/** The first day a deadline may fall on: the day after the period's last day. */
export function earliestDeadline(periodKey: string): string {
  const [year, month] = periodKey.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, month ?? 1, 1));
  return next.toISOString().slice(0, 10);
}

export { monthLabel };
