import { ConflictError, NotFoundError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { day } from '../testing/fixtures';
import type { HolidayEvent } from './holiday.events';
import { holidayCalendarDecider } from './holiday.decider';

const given = spec(holidayCalendarDecider).given;
const added = (date: string, name: string): HolidayEvent => ({ type: 'holiday-added', data: { year: 2026, date: day(date), name } });

describe('holiday calendar', () => {
  it('adds a holiday, trimming its name', () => {
    given([]).when({ type: 'add-holiday', data: { year: 2026, date: day('2026-05-01'), name: ' Labour Day ' } }).then([added('2026-05-01', 'Labour Day')]);
  });

  it('refuses a second holiday on a date (409) but repeats of the same are no-ops', () => {
    given([added('2026-05-01', 'Labour Day')])
      .when({ type: 'add-holiday', data: { year: 2026, date: day('2026-05-01'), name: 'May Day' } })
      .thenThrows(ConflictError, (error) => error.code === 'HOLIDAY_EXISTS');
    given([added('2026-05-01', 'Labour Day')]).when({ type: 'add-holiday', data: { year: 2026, date: day('2026-05-01'), name: 'Labour Day' } }).thenNothingHappens();
  });

  it('refuses a date outside the calendar year and an empty name', () => {
    const error = given([]).when({ type: 'add-holiday', data: { year: 2026, date: day('2027-01-01'), name: '' } }).thenThrows(ValidationError);
    expect(error.fields.map((field) => field.path)).toEqual(['date', 'name']);
  });

  it('renames and removes; unknown dates are 404', () => {
    given([added('2026-05-01', 'Labour Day')])
      .when({ type: 'rename-holiday', data: { year: 2026, date: day('2026-05-01'), name: 'May Day' } })
      .then([{ type: 'holiday-renamed', data: { year: 2026, date: day('2026-05-01'), name: 'May Day' } }]);
    given([added('2026-05-01', 'Labour Day')])
      .when({ type: 'remove-holiday', data: { year: 2026, date: day('2026-05-01') } })
      .then([{ type: 'holiday-removed', data: { year: 2026, date: day('2026-05-01') } }]);
    given([]).when({ type: 'remove-holiday', data: { year: 2026, date: day('2026-05-01') } }).thenThrows(NotFoundError);
  });

  it('imports: adds new dates, renames changed ones, ignores the same ones; importing twice changes nothing', () => {
    const holidays = [
      { date: day('2026-12-25'), name: 'Christmas Day' },
      { date: day('2026-01-01'), name: "New Year's Day" },
      { date: day('2026-05-01'), name: 'May Day' },
    ];
    given([added('2026-01-01', "New Year's Day"), added('2026-05-01', 'Labour Day')])
      .when({ type: 'import-holidays', data: { year: 2026, holidays } })
      .then([
        { type: 'holiday-renamed', data: { year: 2026, date: day('2026-05-01'), name: 'May Day' } },
        added('2026-12-25', 'Christmas Day'),
      ]);
    given([added('2026-01-01', "New Year's Day"), added('2026-05-01', 'May Day'), added('2026-12-25', 'Christmas Day')])
      .when({ type: 'import-holidays', data: { year: 2026, holidays } })
      .thenNothingHappens();
  });
});
