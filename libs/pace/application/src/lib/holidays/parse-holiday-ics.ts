import ICAL from 'ical.js';
import type { HolidayInput } from '@billing/pace/domain';
import { type LocalDate, ValidationError, addDays, localDate } from '@billing/shared/kernel';

export const MAX_HOLIDAY_ICS_BYTES = 1024 * 1024;
/** A holiday spans at most this many days (a multi-day all-day event becomes one holiday per day). */
const MAX_DAYS_PER_EVENT = 31;

type IcalTime = InstanceType<typeof ICAL.Time>;

export interface ParsedHolidays {
  holidays: HolidayInput[];
  skipped: { summary: string; reason: string }[];
}

const dateOf = (time: IcalTime): LocalDate => localDate(time.year, time.month, time.day);

/** Days of an all-day occurrence: DTEND is exclusive; without one, the single start day. */
function daysOf(start: IcalTime, end: IcalTime | null): LocalDate[] {
  const first = dateOf(start);
  const last = end === null ? first : addDays(dateOf(end), -1);
  const days: LocalDate[] = [];
  for (let day = first; day <= last && days.length < MAX_DAYS_PER_EVENT; day = addDays(day, 1)) days.push(day);
  return days.length > 0 ? days : [first];
}

/**
 * All-day events of an .ics calendar as holidays (date + name) in the years asked for; recurring ones (a yearly
 * RRULE) expand inside those years. Timed events are not holidays: they are reported as skipped.
 */
export function parseHolidayIcs(text: string, years: { from: number; to: number }): ParsedHolidays {
  if (Buffer.byteLength(text, 'utf8') > MAX_HOLIDAY_ICS_BYTES) throw ValidationError.single('ics', 'must be at most 1 MiB');
  let root: InstanceType<typeof ICAL.Component>;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch (error) {
    throw ValidationError.single('ics', `is not a readable iCalendar file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (root.name !== 'vcalendar') throw ValidationError.single('ics', 'must be a VCALENDAR');
  const holidays: HolidayInput[] = [];
  const skipped: ParsedHolidays['skipped'] = [];
  const inYears = (day: LocalDate) => Number(day.slice(0, 4)) >= years.from && Number(day.slice(0, 4)) <= years.to;
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const summary = (event.summary ?? '').trim() || 'Holiday';
    if (!event.startDate?.isDate) {
      skipped.push({ summary, reason: 'not an all-day event' });
      continue;
    }
    const hasEnd = component.hasProperty('dtend');
    const starts: IcalTime[] = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next && next.year <= years.to && starts.length < 400; next = iterator.next()) starts.push(next);
    } else {
      starts.push(event.startDate);
    }
    let kept = 0;
    for (const start of starts) {
      const end = hasEnd ? (event.isRecurring() ? event.getOccurrenceDetails(start).endDate : event.endDate) : null;
      for (const day of daysOf(start, end)) {
        if (!inYears(day)) continue;
        holidays.push({ date: day, name: summary.slice(0, 200) });
        kept += 1;
      }
    }
    if (kept === 0) skipped.push({ summary, reason: `outside ${years.from === years.to ? years.from : `${years.from}-${years.to}`}` });
  }
  return { holidays, skipped };
}
