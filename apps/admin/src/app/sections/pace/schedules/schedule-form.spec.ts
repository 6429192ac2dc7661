import { hoursFields, scheduleRequest, timeOffRequest } from './schedule-form';

describe('the schedule and time-off forms', () => {
  it('turns hours per weekday into whole seconds; blank is a day off', () => {
    expect(scheduleRequest('2026-03-16', ['8', '8', '7:30', '7.5', '4', '', ' '])).toEqual({
      ok: true,
      request: { validFrom: '2026-03-16', weekdaySeconds: [28_800, 28_800, 27_000, 27_000, 14_400, 0, 0] },
    });
  });

  it('names each field that is wrong', () => {
    expect(scheduleRequest('2026-02-30', ['eight', '25', '8', '8', '8', '0', '0'])).toEqual({
      ok: false,
      problems: { validFrom: 'Pick the date the schedule starts', Monday: 'Enter hours like 7.5 or 7:30', Tuesday: 'At most 24 hours a day' },
    });
  });

  it('shows a schedule back as hours', () => {
    expect(hoursFields([28_800, 27_000, 0, 0, 0, 0, 0])).toEqual(['8', '7.5', '0', '0', '0', '0', '0']);
  });

  it('records full days, or a part of each day, with an optional note', () => {
    expect(timeOffRequest({ from: '2026-03-12', to: '', fullDays: true, hoursPerDay: '', note: ' ' })).toEqual({ ok: true, request: { from: '2026-03-12', to: '2026-03-12' } });
    expect(timeOffRequest({ from: '2026-03-12', to: '2026-03-13', fullDays: false, hoursPerDay: '4', note: 'Dentist' })).toEqual({
      ok: true,
      request: { from: '2026-03-12', to: '2026-03-13', secondsPerDay: 14_400, note: 'Dentist' },
    });
    expect(timeOffRequest({ from: '2026-03-12', to: '2026-03-11', fullDays: false, hoursPerDay: '0', note: '' })).toEqual({
      ok: false,
      problems: { to: 'The last day must be on or after the first', hoursPerDay: 'Between a minute and 24 hours' },
    });
  });
});
