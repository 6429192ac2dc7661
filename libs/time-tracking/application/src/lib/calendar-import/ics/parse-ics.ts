import ICAL from 'ical.js';
import { type TimeZone, ValidationError, isValidTimeZone } from '@billing/shared/kernel';
import { type ParsedCalendarEvent, instantFromEpochSeconds } from '@billing/time-tracking/domain';
import { instantOfWallTime } from './wall-clock-instant';

export const MAX_ICS_BYTES = 2 * 1024 * 1024;
/** A guard against endless rules (FREQ=MINUTELY without end): occurrences read per recurring event. */
const MAX_OCCURRENCES_PER_EVENT = 5_000;

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

export interface IcsWindow {
  /** Occurrences starting at or after this instant... */
  from: Date;
  /** ...and before this one. */
  until: Date;
  /** For floating times (no zone in the file): the organisation's zone. */
  floatingZone: TimeZone;
}

/** Converts ICS times to instants: UTC, IANA TZIDs through Intl, other TZIDs through the file's VTIMEZONE. */
class TimeReader {
  private readonly zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();

  constructor(
    calendar: IcalComponent,
    private readonly floatingZone: TimeZone,
  ) {
    for (const component of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') this.zones.set(tzid, new ICAL.Timezone({ component, tzid }));
    }
  }

  epochSeconds(time: IcalTime, tzid: string | undefined): number {
    if (time.zone?.tzid === 'UTC') return time.toUnixTime();
    const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
    if (tzid !== undefined && isValidTimeZone(tzid)) return Math.floor(instantOfWallTime(wall, tzid).getTime() / 1000);
    const fileZone = tzid === undefined ? undefined : this.zones.get(tzid);
    if (fileZone !== undefined) {
      const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) / 1000;
      return asUtc - fileZone.utcOffset(time);
    }
    return Math.floor(instantOfWallTime(wall, this.floatingZone).getTime() / 1000);
  }
}

const tzidOf = (event: IcalEvent, property: 'dtstart' | 'dtend'): string | undefined => {
  const value = event.component.getFirstProperty(property)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};

function parseCalendar(text: string): IcalComponent {
  try {
    const parsed = ICAL.parse(text);
    const root = new ICAL.Component(parsed as unknown as unknown[]);
    if (root.name !== 'vcalendar') throw new Error(`the file holds a ${root.name}, not a VCALENDAR`);
    return root;
  } catch (error) {
    throw ValidationError.single('ics', `is not a readable iCalendar file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Occurrences of one (possibly recurring) event inside the window, as the domain's ParsedCalendarEvent. */
function occurrencesOf(event: IcalEvent, reader: TimeReader, window: IcsWindow): ParsedCalendarEvent[] {
  const startZone = tzidOf(event, 'dtstart');
  const endZone = event.component.hasProperty('dtend') ? tzidOf(event, 'dtend') : startZone;
  const allDay = event.startDate.isDate;
  const uid = event.uid;
  const exactSeconds = reader.epochSeconds(event.endDate, endZone) - reader.epochSeconds(event.startDate, startZone);
  const fromSeconds = window.from.getTime() / 1000;
  const untilSeconds = window.until.getTime() / 1000;
  const occurrence = (start: IcalTime, end: IcalTime, summary: string, recurrenceId: IcalTime | null): ParsedCalendarEvent => {
    const startSeconds = reader.epochSeconds(start, startZone);
    // Same zone: the wall-clock end (a 10-11 meeting stays 10-11 across DST); zones differ: the exact length.
    const endSeconds = endZone === startZone ? reader.epochSeconds(end, endZone) : startSeconds + exactSeconds;
    return {
      uid,
      recurrenceId: recurrenceId === null ? null : instantFromEpochSeconds(reader.epochSeconds(recurrenceId, startZone)),
      summary,
      startsAt: instantFromEpochSeconds(startSeconds),
      endsAt: instantFromEpochSeconds(endSeconds),
      allDay,
    };
  };
  const inWindow = (parsed: ParsedCalendarEvent) => {
    const seconds = Date.parse(parsed.startsAt) / 1000;
    return seconds >= fromSeconds && seconds < untilSeconds;
  };
  if (!event.isRecurring()) {
    const single = occurrence(event.startDate, event.endDate, event.summary ?? '', null);
    return inWindow(single) ? [single] : [];
  }
  const found: ParsedCalendarEvent[] = [];
  const iterator = event.iterator();
  for (let count = 0; count < MAX_OCCURRENCES_PER_EVENT; count += 1) {
    const next = iterator.next();
    if (!next) break;
    const details = event.getOccurrenceDetails(next);
    const parsed = occurrence(details.startDate, details.endDate, details.item.summary ?? '', details.recurrenceId);
    if (reader.epochSeconds(next, startZone) >= untilSeconds) break;
    if (inWindow(parsed)) found.push(parsed);
  }
  return found;
}

/**
 * Reads an ICS file into the calendar events the domain proposes entries from: recurring events are expanded
 * (RRULE, RDATE, EXDATE, moved occurrences) inside the window, zones are resolved to instants, all-day events are
 * kept with `allDay` so the proposals can say why they were skipped. Cancelled events are left out.
 */
export function parseIcs(text: string, window: IcsWindow): ParsedCalendarEvent[] {
  if (Buffer.byteLength(text, 'utf8') > MAX_ICS_BYTES) throw ValidationError.single('ics', 'must be at most 2 MB');
  const calendar = parseCalendar(text);
  const reader = new TimeReader(calendar, window.floatingZone);
  const masters = new Map<string, IcalEvent>();
  const exceptions: IcalEvent[] = [];
  const singles: IcalEvent[] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.uid || !event.component.hasProperty('dtstart')) continue;
    if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
    if (event.isRecurrenceException()) exceptions.push(event);
    else if (event.isRecurring()) masters.set(event.uid, event);
    else singles.push(event);
  }
  for (const exception of exceptions) {
    const master = masters.get(exception.uid);
    if (master !== undefined) master.relateException(exception);
    else singles.push(exception);
  }
  return [...masters.values(), ...singles]
    .flatMap((event) => occurrencesOf(event, reader, window))
    .sort((left, right) => left.startsAt.localeCompare(right.startsAt));
}
