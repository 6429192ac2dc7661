import { rebuildProgress } from './rebuild-progress';

describe('rebuildProgress', () => {
  it('has no figures while idle, and none applied while preparing', () => {
    expect(rebuildProgress('idle', 12, 40)).toEqual({
      eventsApplied: null,
      eventsTotal: null,
    });
    expect(rebuildProgress('preparing', 12, 40)).toEqual({
      eventsApplied: 0,
      eventsTotal: 40,
    });
  });

  it('reports the checkpoint against the count while replaying', () => {
    expect(rebuildProgress('replaying', 12, 40)).toEqual({
      eventsApplied: 12,
      eventsTotal: 40,
    });
    expect(rebuildProgress('indexing', 40, null)).toEqual({
      eventsApplied: 40,
      eventsTotal: null,
    });
  });

  it('raises the total with events appended after the count', () => {
    expect(rebuildProgress('switching', 45, 40)).toEqual({
      eventsApplied: 45,
      eventsTotal: 45,
    });
  });

  it('reports the final count as both figures once done', () => {
    expect(rebuildProgress('done', 47, 40)).toEqual({
      eventsApplied: 47,
      eventsTotal: 47,
    });
    expect(rebuildProgress('failed', 20, 40)).toEqual({
      eventsApplied: 20,
      eventsTotal: 40,
    });
  });
});
