import { ValidationError } from '@billing/shared/kernel';
import { instant } from '../testing/fixtures';
import { calendarExternalId } from './calendar-external-id';

describe('calendar external id', () => {
  it.each([
    ['abc@example.com', null, 'calendar:single:abc@example.com'],
    [' abc@example.com ', null, 'calendar:single:abc@example.com'],
    ['abc@example.com', '2026-03-02T09:00:00+01:00', 'calendar:2026-03-02T08:00:00Z:abc@example.com'], // normalised to UTC
    ['a:b:c', '2026-03-09T08:00:00Z', 'calendar:2026-03-09T08:00:00Z:a:b:c'],
  ] as const)('%s at %s -> %s', (uid, recurrenceId, expected) => {
    expect(calendarExternalId(uid, recurrenceId === null ? null : instant(recurrenceId))).toBe(expected);
  });

  it('keeps occurrences of one recurring event apart', () => {
    expect(calendarExternalId('weekly', instant('2026-03-02T08:00:00Z'))).not.toBe(calendarExternalId('weekly', instant('2026-03-09T08:00:00Z')));
  });

  it('refuses an empty uid', () => {
    expect(() => calendarExternalId('  ', null)).toThrow(ValidationError);
  });
});
