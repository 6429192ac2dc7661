import { isReportRebuildRunning, ReportRebuildState, ReportRebuildStatus } from '@billing/reporting/contracts';

const STATE_TEXT: Record<ReportRebuildState, string> = {
  idle: 'No rebuild since the server started.',
  preparing: 'Preparing: creating empty tables beside the current ones.',
  replaying: 'Replaying the event history into the new tables.',
  indexing: 'Indexing the new tables.',
  switching: 'Switching reports over to the new tables.',
  done: 'Done: reports answer from the rebuilt tables.',
  failed: 'Failed: reports still answer from the previous tables.',
};

/** The rebuild's state in words. */
export function rebuildStateText(status: ReportRebuildStatus): string {
  return STATE_TEXT[status.state];
}

export interface RebuildProgressView {
  /** 0 to 100, for a determinate progress bar. */
  readonly percent: number;
  /** `1,234 of 5,678 events` */
  readonly text: string;
}

const COUNT = new Intl.NumberFormat('en-GB');

/** The replay's progress; null outside the replay, or while the server has no total to measure it against. */
export function rebuildProgressView(status: ReportRebuildStatus): RebuildProgressView | null {
  const { state, eventsApplied, eventsTotal } = status;
  if (state !== 'replaying' || eventsApplied === null || eventsTotal === null) {
    return null;
  }
  // An empty history is complete at once; floor, so 100 % only shows when everything is applied.
  const percent = eventsTotal === 0 ? 100 : Math.min(100, Math.floor((eventsApplied / eventsTotal) * 100));
  return { percent, text: `${COUNT.format(eventsApplied)} of ${COUNT.format(eventsTotal)} events` };
}

/** After the replay (indexing, switching, done): `9,007 events applied`; null otherwise or without a count. */
export function rebuildAppliedText(status: ReportRebuildStatus): string | null {
  const after = status.state === 'indexing' || status.state === 'switching' || status.state === 'done';
  return after && status.eventsApplied !== null ? `${COUNT.format(status.eventsApplied)} events applied` : null;
}

/** Whether the panel keeps asking for the status: only while a rebuild runs. */
export function keepsPolling(status: ReportRebuildStatus | null): boolean {
  return status !== null && isReportRebuildRunning(status.state);
}
