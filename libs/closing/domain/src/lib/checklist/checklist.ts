import { MemberId, TeamId, TimeEntryId } from '@billing/shared/kernel';

/** What the close checklist looks at, in the order it is shown. */
export const CHECKLIST_ITEMS = [
  'running-timers',
  'members-behind-pace',
  'entries-without-rate',
  'unbilled-billable-hours',
  'quality-findings',
] as const;
export type ChecklistItemKind = (typeof CHECKLIST_ITEMS)[number];

/**
 * clear: nothing found; open: findings to fix (or to close over, with a note); info: figures worth a look that do
 * not hold a close up (unbilled hours are usually invoiced after the close); not-available: the data behind the item
 * does not exist yet (no Pace, no rates), shown as such rather than as a made-up number.
 */
export type ChecklistItemStatus = 'clear' | 'open' | 'info' | 'not-available';

/** Where the admin app sends finance to fix a finding. */
export type FindingTarget = { kind: 'entry'; entryId: TimeEntryId } | { kind: 'member'; memberId: MemberId };

export interface ChecklistFinding {
  target: FindingTarget;
  /** The member concerned (for entries: its member). */
  memberId: MemberId;
  /** The entry's local day, when the finding is about an entry. */
  day?: string;
  /** A short machine-readable reason, e.g. `running-since` or a quality rule name such as `overlap`. */
  reason: string;
  seconds?: number;
}

export interface ChecklistItem {
  item: ChecklistItemKind;
  status: ChecklistItemStatus;
  /** Findings counted (entries, members); 0 when clear or not available. */
  count: number;
  /** For hours-like items: the seconds concerned (e.g. unbilled billable seconds). */
  seconds?: number;
  /** Why an item is not available, or what an info item means. */
  explanation?: string;
  /** At most MAX_FINDINGS_PER_ITEM; `truncated` says when there were more. */
  findings: ChecklistFinding[];
  truncated: boolean;
}

/** The checklist as it was computed for a period (and teams), stored in the closing event. */
export interface ChecklistSnapshot {
  periodKey: string;
  /** null: organisation-wide. */
  teamIds: TeamId[] | null;
  computedAt: string;
  items: ChecklistItem[];
}

export const MAX_FINDINGS_PER_ITEM = 200;

/** Findings that hold a close up: the counts of the items whose status is `open`. */
export function openFindingCount(snapshot: ChecklistSnapshot): number {
  return snapshot.items.filter((item) => item.status === 'open').reduce((sum, item) => sum + item.count, 0);
}

/** Builds an item from every finding, keeping at most MAX_FINDINGS_PER_ITEM of them. */
export function checklistItem(
  item: ChecklistItemKind,
  findings: readonly ChecklistFinding[],
  options: { informational?: boolean; seconds?: number; explanation?: string } = {},
): ChecklistItem {
  const status: ChecklistItemStatus = findings.length === 0 ? 'clear' : options.informational ? 'info' : 'open';
  return {
    item,
    status,
    count: findings.length,
    ...(options.seconds === undefined ? {} : { seconds: options.seconds }),
    ...(options.explanation === undefined ? {} : { explanation: options.explanation }),
    findings: findings.slice(0, MAX_FINDINGS_PER_ITEM),
    truncated: findings.length > MAX_FINDINGS_PER_ITEM,
  };
}

/** An item whose source data does not exist yet: no count is invented. */
export function unavailableItem(item: ChecklistItemKind, explanation: string): ChecklistItem {
  return { item, status: 'not-available', count: 0, explanation, findings: [], truncated: false };
}
