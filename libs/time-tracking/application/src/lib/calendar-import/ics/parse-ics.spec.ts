import type { TimeZone } from '@billing/shared/kernel';
import { ValidationError } from '@billing/shared/kernel';
import { parseIcs } from './parse-ics';

const window = { from: new Date('2026-03-01T00:00:00Z'), until: new Date('2026-04-01T00:00:00Z'), floatingZone: 'Europe/Berlin' as TimeZone };
const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20260301T000000Z', ...lines, 'END:VEVENT'];

describe('parseIcs', () => {
  it('reads floating times in the organisation zone', () => {
    const [parsed] = parseIcs(calendar(...event('UID:f', 'DTSTART:20260310T090000', 'DTEND:20260310T100000', 'SUMMARY:Floating')), window);
    expect(parsed).toMatchObject({ startsAt: '2026-03-10T08:00:00Z', endsAt: '2026-03-10T09:00:00Z', recurrenceId: null, allDay: false });
  });

  it('applies a moved occurrence (RECURRENCE-ID) and keeps the original start as its id', () => {
    const events = parseIcs(
      calendar(
        ...event('UID:w', 'DTSTART:20260302T090000Z', 'DTEND:20260302T093000Z', 'RRULE:FREQ=WEEKLY;COUNT=2', 'SUMMARY:Weekly'),
        ...event('UID:w', 'RECURRENCE-ID:20260309T090000Z', 'DTSTART:20260309T140000Z', 'DTEND:20260309T150000Z', 'SUMMARY:Weekly (moved)'),
      ),
      window,
    );
    expect(events.map((parsed) => [parsed.recurrenceId, parsed.startsAt, parsed.endsAt, parsed.summary])).toEqual([
      ['2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z', '2026-03-02T09:30:00Z', 'Weekly'],
      ['2026-03-09T09:00:00Z', '2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z', 'Weekly (moved)'],
    ]);
  });

  it('stops an endless rule at the end of the window and leaves out cancelled events', () => {
    const events = parseIcs(
      calendar(
        ...event('UID:d', 'DTSTART:20260101T090000Z', 'DTEND:20260101T091500Z', 'RRULE:FREQ=DAILY', 'SUMMARY:Daily'),
        ...event('UID:c', 'DTSTART:20260305T090000Z', 'DTEND:20260305T100000Z', 'STATUS:CANCELLED', 'SUMMARY:Cancelled'),
      ),
      window,
    );
    expect(events).toHaveLength(31); // every day of March
    expect(events.every((parsed) => parsed.summary === 'Daily')).toBe(true);
  });

  it('refuses text that is not a calendar, naming `ics`', () => {
    expect(() => parseIcs('hello', window)).toThrow(ValidationError);
  });
});
