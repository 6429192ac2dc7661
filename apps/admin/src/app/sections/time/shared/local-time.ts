/**
 * Calendar days, ISO weeks and wall-clock times in the organisation's time zone, with Intl only (no date library).
 * Days are `YYYY-MM-DD` strings; instants are ISO-8601 strings in UTC at whole seconds (`2026-03-10T08:00:00Z`).
 */

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function wallClockAt(epochMs: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value);
    }
  }
  return { year: parts['year'], month: parts['month'], day: parts['day'], hour: parts['hour'] % 24, minute: parts['minute'], second: parts['second'] };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms (Berlin in winter: 3,600,000). */
export function zoneOffsetMs(epochMs: number, zone: string): number {
  const wall = wallClockAt(epochMs, zone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function dayToUtcMs(day: string): number {
  const match = DAY.exec(day);
  if (!match) {
    throw new Error(`Not a day: ${day}`);
  }
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function utcMsToDay(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function isDay(text: string): boolean {
  return DAY.test(text) && utcMsToDay(dayToUtcMs(text)) === text;
}

export function addDays(day: string, days: number): string {
  return utcMsToDay(dayToUtcMs(day) + days * DAY_MS);
}

/** 1 = Monday .. 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(dayToUtcMs(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** `2026-03-10` -> `2026-W11`: the ISO week (Monday to Sunday; week 1 holds the year's first Thursday). */
export function isoWeekOf(day: string): string {
  const thursday = addDays(mondayOf(day), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  const week = (dayToUtcMs(thursday) - dayToUtcMs(firstThursday)) / (7 * DAY_MS) + 1;
  return `${year}-W${pad(week)}`;
}

/** `2026-W11` -> `2026-03-09`, its Monday; null for text that is not an ISO week of that year. */
export function mondayOfWeek(week: string): string | null {
  const match = WEEK.exec(week);
  if (!match) {
    return null;
  }
  const monday = addDays(mondayOf(`${match[1]}-01-04`), (Number(match[2]) - 1) * 7);
  return isoWeekOf(monday) === week ? monday : null;
}

/** The seven days Monday .. Sunday of an ISO week. */
export function daysOfWeek(week: string): string[] {
  const monday = mondayOfWeek(week);
  if (!monday) {
    throw new Error(`Not an ISO week: ${week}`);
  }
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

export function shiftWeek(week: string, weeks: number): string {
  return isoWeekOf(addDays(daysOfWeek(week)[0], weeks * 7));
}

/** The calendar day at this instant in the zone. */
export function dayInZone(epochMs: number, zone: string): string {
  const wall = wallClockAt(epochMs, zone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** `HH:mm` on the zone's wall clock at this instant. */
export function timeOfDayInZone(epochMs: number, zone: string): string {
  const wall = wallClockAt(epochMs, zone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

export function toInstantText(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function instantMs(instant: string): number {
  return Date.parse(instant);
}

/**
 * The instant at which the zone's wall clock shows `time` (`HH:mm`) on `day`. In the spring-forward gap the
 * clock is read with the offset before the change (02:30 in Berlin on the last Sunday of March -> 03:30 CEST).
 */
export function wallClockToInstant(day: string, time: string, zone: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const wallAsUtc = dayToUtcMs(day) + (hours * 60 + minutes) * 60_000;
  const firstGuess = wallAsUtc - zoneOffsetMs(wallAsUtc, zone);
  const offset = zoneOffsetMs(firstGuess, zone);
  const secondGuess = wallAsUtc - offset;
  // In a gap no offset fits: the later candidate is the wall time read with the (smaller) offset before the jump.
  return toInstantText(zoneOffsetMs(secondGuess, zone) === offset ? secondGuess : Math.max(firstGuess, secondGuess));
}

export function addSecondsToInstant(instant: string, seconds: number): string {
  return toInstantText(instantMs(instant) + seconds * 1000);
}

const dayLabels = new Map<string, Intl.DateTimeFormat>();

/** `2026-03-10` -> `Tue 10 Mar` (en-GB), independent of the browser's zone. */
export function shortDayLabel(day: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }): string {
  const key = JSON.stringify(options);
  let formatter = dayLabels.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    dayLabels.set(key, formatter);
  }
  return formatter.format(new Date(dayToUtcMs(day))).replace(',', '');
}
