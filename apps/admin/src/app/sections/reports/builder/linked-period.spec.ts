import { DEFAULT_DEFINITION, periodOf } from '../shared/report-definition';
import { linkedPeriod } from './linked-period';

describe('period linked into the report builder', () => {
  it('takes valid from/to days as the custom period', () => {
    expect(linkedPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(linkedPeriod('2026-03-05', '2026-03-05')).toEqual({ from: '2026-03-05', to: '2026-03-05' });
  });

  it('ignores a missing day', () => {
    expect(linkedPeriod(undefined, '2026-03-31')).toBeNull();
    expect(linkedPeriod('2026-03-01', undefined)).toBeNull();
    expect(linkedPeriod(undefined, undefined)).toBeNull();
  });

  it('ignores malformed days, days that are not on the calendar, and a reversed range', () => {
    expect(linkedPeriod('2026-3-1', '2026-03-31')).toBeNull();
    expect(linkedPeriod('2026-03-01T00:00', '2026-03-31')).toBeNull();
    expect(linkedPeriod('2026-02-30', '2026-03-31')).toBeNull();
    expect(linkedPeriod('', '')).toBeNull();
    expect(linkedPeriod('2026-03-31', '2026-03-01')).toBeNull();
  });

  it('gives a definition the builder requests exactly those days for', () => {
    const period = linkedPeriod('2026-03-01', '2026-03-31');
    const definition = { ...DEFAULT_DEFINITION, preset: 'custom' as const, ...period };
    expect(periodOf(definition, '2026-11-26')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });
});
