export const REPLAY_DIFF_PHASES = ['preparing', 'replaying', 'waiting-for-live', 'diffing', 'done', 'failed'] as const;
export type ReplayDiffPhase = (typeof REPLAY_DIFF_PHASES)[number];

/** One column of one row that differs; `live` or `replayed` is null when the whole row is missing on that side. */
export interface ReplayDifference {
  table: string;
  /** Primary-key columns and values of the row. */
  key: Record<string, unknown>;
  /** `(row)` when the row exists on one side only. */
  column: string;
  live: unknown;
  replayed: unknown;
}

export interface ReplayDiffResult {
  /** Projections rebuilt from event zero, and the read-model tables each of them owns. */
  projections: Array<{ name: string; tables: string[] }>;
  /** Hosted projections not replayed (no reset, or no table of their own, e.g. reactors), with why. */
  skipped: Array<{ name: string; reason: string }>;
  /** Columns left out of the comparison: surrogate sequences and write timestamps that differ by construction. */
  ignoredColumns: Array<{ table: string; column: string }>;
  tablesCompared: number;
  rowsCompared: number;
  eventsReplayed: number;
  /** Whether every live projection had caught up with the replayed head before the comparison. */
  liveCaughtUp: boolean;
  /** Rows that differ (missing on one side, or any compared column unequal). */
  rowsDiffering: number;
  /** The differing columns of the first differing rows, in table and key order (at most 1000 entries). */
  differences: ReplayDifference[];
}

/** `GET /audit/replay-diff/:id` (and the item of the list). */
export interface ReplayDiffRunView {
  id: string;
  requestedBy: string;
  phase: ReplayDiffPhase;
  eventsReplayed: number;
  eventsTotal: number;
  tablesDiffed: number;
  tablesTotal: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: ReplayDiffResult | null;
}

export interface ReplayDiffRunList {
  items: ReplayDiffRunView[];
}
