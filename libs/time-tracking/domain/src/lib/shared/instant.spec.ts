import { ValidationError } from '@billing/shared/kernel';
import { addSeconds, epochSeconds, instantFromEpochSeconds, parseInstant } from './instant';

describe('instants', () => {
  it.each([
    ['2026-03-10T09:00:00Z', '2026-03-10T09:00:00Z'],
    ['2026-03-10T09:00:00.999Z', '2026-03-10T09:00:00Z'], // fractions are floored
    ['2026-03-10T10:00:00+01:00', '2026-03-10T09:00:00Z'],
    ['2026-03-10T04:00-05:00', '2026-03-10T09:00:00Z'],
  ])('%s is stored as %s', (input, expected) => {
    expect(parseInstant(input)).toBe(expected);
  });

  it.each(['2026-03-10T09:00:00', '2026-03-10', 'yesterday', '2026-13-10T09:00:00Z', 1_773_133_200])('refuses %p', (input) => {
    expect(() => parseInstant(input, 'startedAt')).toThrow(ValidationError);
  });

  it('does whole-second arithmetic', () => {
    const nine = parseInstant('2026-03-10T09:00:00Z');
    expect(epochSeconds(nine)).toBe(1_773_133_200);
    expect(addSeconds(nine, 86_400)).toBe('2026-03-11T09:00:00Z');
    expect(instantFromEpochSeconds(0)).toBe('1970-01-01T00:00:00Z');
  });
});
