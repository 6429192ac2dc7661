/** The close checklist, computed live: GET /api/v1/periods/:key/checklist?teamId=... */

export const CHECKLIST_ITEM_KINDS = [
  'running-timers',
  'members-behind-pace',
  'entries-without-rate',
  'unbilled-billable-hours',
  'quality-findings',
] as const;
export type ChecklistItemKindName = (typeof CHECKLIST_ITEM_KINDS)[number];

/**
 * clear: nothing found; open: findings to fix, or to close over with a note; info: figures that do not hold a close
 * up (unbilled hours); not-available: the data does not exist yet (Pace, rates), no number is shown.
 */
export type ChecklistItemStatusName = 'clear' | 'open' | 'info' | 'not-available';

/** Where to fix a finding: the entry (time-entries/:id) or the member. */
export type ChecklistFindingTarget = { kind: 'entry'; entryId: string } | { kind: 'member'; memberId: string };

export interface ChecklistFindingView {
  target: ChecklistFindingTarget;
  memberId: string;
  day?: string;
  /** e.g. `running-since`, `unbilled`, or a quality rule (`overlap`, `entry-over-12h`, ...). */
  reason: string;
  seconds?: number;
}

export interface ChecklistItemView {
  item: ChecklistItemKindName;
  status: ChecklistItemStatusName;
  count: number;
  seconds?: number;
  explanation?: string;
  /** At most 200; `truncated` when there were more. */
  findings: ChecklistFindingView[];
  truncated: boolean;
}

export interface ChecklistView {
  periodKey: string;
  /** null: organisation-wide. */
  teamIds: string[] | null;
  computedAt: string;
  items: ChecklistItemView[];
  /** Sum of the counts of `open` items: closing with any needs a note. */
  openFindings?: number;
}

export interface ChecklistQuery {
  /** One or more teams (repeat the parameter, or comma-separated); leave out for the whole organisation. */
  teamId?: string[];
}
