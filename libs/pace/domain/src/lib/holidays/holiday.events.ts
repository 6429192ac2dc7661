import type { LocalDate } from '@billing/shared/kernel';

interface Event<Type extends string, Data> {
  type: Type;
  data: Data;
}

export type HolidayAdded = Event<'holiday-added', { year: number; date: LocalDate; name: string }>;
export type HolidayRenamed = Event<'holiday-renamed', { year: number; date: LocalDate; name: string }>;
export type HolidayRemoved = Event<'holiday-removed', { year: number; date: LocalDate }>;

export type HolidayEvent = HolidayAdded | HolidayRenamed | HolidayRemoved;

export const HOLIDAY_EVENT_TYPES: readonly HolidayEvent['type'][] = ['holiday-added', 'holiday-renamed', 'holiday-removed'];

export const HOLIDAY_STREAM_PREFIX = 'pace-holidays-';
/** One calendar per year: `pace-holidays-2026`. */
export const holidayStreamId = (year: number): string => `${HOLIDAY_STREAM_PREFIX}${year}`;
