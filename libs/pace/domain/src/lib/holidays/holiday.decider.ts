import {
  ConflictError,
  type Decider,
  type FieldProblem,
  type LocalDate,
  NotFoundError,
  ValidationError,
  assertNever,
  isLocalDate,
} from '@billing/shared/kernel';
import type { HolidayEvent } from './holiday.events';

export interface HolidayInput {
  date: LocalDate;
  name: string;
}

export type HolidayCommand =
  | { type: 'add-holiday'; data: { year: number } & HolidayInput }
  | { type: 'rename-holiday'; data: { year: number } & HolidayInput }
  | { type: 'remove-holiday'; data: { year: number; date: LocalDate } }
  /** Adds new dates, renames changed ones, leaves the rest (importing twice changes nothing). */
  | { type: 'import-holidays'; data: { year: number; holidays: readonly HolidayInput[] } };

export interface HolidayCalendarState {
  /** date -> name */
  holidays: Readonly<Record<string, string>>;
}

export const initialHolidayCalendarState: HolidayCalendarState = { holidays: {} };

export function evolveHolidayCalendar(state: HolidayCalendarState, event: HolidayEvent): HolidayCalendarState {
  switch (event.type) {
    case 'holiday-added':
    case 'holiday-renamed':
      return { holidays: { ...state.holidays, [event.data.date]: event.data.name } };
    case 'holiday-removed': {
      const { [event.data.date]: _removed, ...rest } = state.holidays;
      return { holidays: rest };
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function validated(year: number, holiday: HolidayInput, path: string): HolidayInput {
  const problems: FieldProblem[] = [];
  if (!isLocalDate(holiday.date)) problems.push({ path: `${path}date`, reason: 'must be a calendar date YYYY-MM-DD' });
  else if (Number(holiday.date.slice(0, 4)) !== year) problems.push({ path: `${path}date`, reason: `must be in ${year}` });
  const name = typeof holiday.name === 'string' ? holiday.name.trim() : '';
  if (name.length === 0 || name.length > 200) problems.push({ path: `${path}name`, reason: 'must be 1 to 200 characters' });
  if (problems.length > 0) throw new ValidationError(problems);
  return { date: holiday.date, name };
}

function decideImport(year: number, holidays: readonly HolidayInput[], state: HolidayCalendarState): HolidayEvent[] {
  const wanted = new Map<string, HolidayInput>();
  holidays.forEach((holiday, index) => {
    const checked = validated(year, holiday, `holidays.${index}.`);
    wanted.set(checked.date, checked); // the last one of a date wins
  });
  const events: HolidayEvent[] = [];
  for (const holiday of [...wanted.values()].sort((left, right) => (left.date < right.date ? -1 : 1))) {
    const existing = state.holidays[holiday.date];
    if (existing === undefined) events.push({ type: 'holiday-added', data: { year, ...holiday } });
    else if (existing !== holiday.name) events.push({ type: 'holiday-renamed', data: { year, ...holiday } });
  }
  return events;
}

export function decideHolidayCalendar(command: HolidayCommand, state: HolidayCalendarState): HolidayEvent[] {
  const { year } = command.data;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw ValidationError.single('year', 'must be a year from 1900');
  switch (command.type) {
    case 'add-holiday': {
      const holiday = validated(year, command.data, '');
      const existing = state.holidays[holiday.date];
      if (existing === holiday.name) return [];
      if (existing !== undefined) throw new ConflictError('HOLIDAY_EXISTS', { date: holiday.date, name: existing });
      return [{ type: 'holiday-added', data: { year, ...holiday } }];
    }
    case 'rename-holiday': {
      const holiday = validated(year, command.data, '');
      const existing = state.holidays[holiday.date];
      if (existing === undefined) throw new NotFoundError('holiday', holiday.date);
      return existing === holiday.name ? [] : [{ type: 'holiday-renamed', data: { year, ...holiday } }];
    }
    case 'remove-holiday':
      if (state.holidays[command.data.date] === undefined) throw new NotFoundError('holiday', command.data.date);
      return [{ type: 'holiday-removed', data: { year, date: command.data.date } }];
    case 'import-holidays':
      return decideImport(year, command.data.holidays, state);
    default:
      return assertNever(command, 'holiday command');
  }
}

/** Stream `pace-holidays-<year>`: the organisation's holidays of one year. */
export const holidayCalendarDecider: Decider<HolidayCommand, HolidayCalendarState, HolidayEvent, undefined> = {
  decide: (command, state) => decideHolidayCalendar(command, state),
  evolve: evolveHolidayCalendar,
  initialState: initialHolidayCalendarState,
};
