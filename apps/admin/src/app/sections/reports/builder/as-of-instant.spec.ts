import { asOfInstant, asOfLabel, localInputValue } from './as-of-instant';

describe('as-of instant of the report builder', () => {
  const now = Date.parse('2026-04-03T12:00:00Z');

  it('reads a datetime-local value in the browser zone as an ISO instant', () => {
    const value = localInputValue(Date.parse('2026-04-02T17:30:00Z'));
    expect(asOfInstant(value, now)).toBe('2026-04-02T17:30:00.000Z');
  });

  it('refuses empty, malformed and future values', () => {
    expect(asOfInstant('', now)).toBeNull();
    expect(asOfInstant('2026-04-02', now)).toBeNull();
    expect(asOfInstant(localInputValue(now + 60_000), now)).toBeNull();
  });

  it('labels the instant with its UTC form', () => {
    expect(asOfLabel('2026-04-02T17:30:00.000Z')).toContain('(2026-04-02T17:30:00Z)');
  });
});
