import { eventTypeLabel, instantLabel, localInputToInstant, valueLabel } from './audit-text';

describe('audit text', () => {
  it('shows instants in UTC to the second', () => {
    expect(instantLabel('2026-01-13T08:00:00.000Z')).toBe('2026-01-13 08:00:00 UTC');
    expect(instantLabel(null)).toBe('—');
  });

  it('shows diff values readably', () => {
    expect(valueLabel('Workshop')).toBe('Workshop');
    expect(valueLabel(null)).toBe('—');
    expect(valueLabel(false)).toBe('false');
    expect(valueLabel(7200)).toBe('7200');
    expect(valueLabel(['a', 'b'])).toBe('["a","b"]');
  });

  it('names event types in words', () => {
    expect(eventTypeLabel('time-entry-edited')).toBe('Time entry edited');
  });

  it('turns an empty time input into no filter', () => {
    expect(localInputToInstant('')).toBeUndefined();
    expect(localInputToInstant('2026-01-13T08:00')).toBe(new Date('2026-01-13T08:00').toISOString());
  });
});
