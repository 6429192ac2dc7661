import { ReportRebuildStatus } from '@billing/reporting/contracts';
import { keepsPolling, rebuildAppliedText, rebuildProgressView, rebuildStateText } from './report-rebuild-text';

function status(overrides: Partial<ReportRebuildStatus>): ReportRebuildStatus {
  return {
    state: 'replaying',
    startedAt: '2026-11-26T09:00:00Z',
    finishedAt: null,
    error: null,
    eventsApplied: null,
    eventsTotal: null,
    ...overrides,
  };
}

describe('report rebuild text', () => {
  it('puts each state in words', () => {
    expect(rebuildStateText(status({ state: 'idle', startedAt: null }))).toBe('No rebuild since the server started.');
    expect(rebuildStateText(status({ state: 'replaying' }))).toBe('Replaying the event history into the new tables.');
    expect(rebuildStateText(status({ state: 'done' }))).toBe('Done: reports answer from the rebuilt tables.');
    expect(rebuildStateText(status({ state: 'failed', error: 'disk full' }))).toBe('Failed: reports still answer from the previous tables.');
  });

  it('measures the replay as a floored percentage with both counts', () => {
    expect(rebuildProgressView(status({ eventsApplied: 442_500, eventsTotal: 1_770_000 }))).toEqual({
      percent: 25,
      text: '442,500 of 1,770,000 events',
    });
    expect(rebuildProgressView(status({ eventsApplied: 1_769_999, eventsTotal: 1_770_000 }))?.percent).toBe(99);
    expect(rebuildProgressView(status({ eventsApplied: 0, eventsTotal: 0 }))).toEqual({ percent: 100, text: '0 of 0 events' });
  });

  it('shows no progress outside the replay or without a total', () => {
    expect(rebuildProgressView(status({ eventsApplied: 10, eventsTotal: null }))).toBeNull();
    expect(rebuildProgressView(status({ state: 'preparing', eventsApplied: 0, eventsTotal: 40 }))).toBeNull();
    expect(rebuildProgressView(status({ state: 'done', eventsApplied: 40, eventsTotal: 40 }))).toBeNull();
  });

  it('says how many events were applied once the replay is over', () => {
    expect(rebuildAppliedText(status({ state: 'done', eventsApplied: 1_770_004, eventsTotal: 1_770_004 }))).toBe('1,770,004 events applied');
    expect(rebuildAppliedText(status({ state: 'indexing', eventsApplied: 9007, eventsTotal: 9007 }))).toBe('9,007 events applied');
    expect(rebuildAppliedText(status({ state: 'replaying', eventsApplied: 10, eventsTotal: 40 }))).toBeNull();
    expect(rebuildAppliedText(status({ state: 'done', eventsApplied: null }))).toBeNull();
  });

  it('keeps polling only while a rebuild runs', () => {
    expect(keepsPolling(null)).toBe(false);
    expect(keepsPolling(status({ state: 'idle' }))).toBe(false);
    expect(keepsPolling(status({ state: 'preparing' }))).toBe(true);
    expect(keepsPolling(status({ state: 'switching' }))).toBe(true);
    expect(keepsPolling(status({ state: 'done' }))).toBe(false);
    expect(keepsPolling(status({ state: 'failed' }))).toBe(false);
  });
});
