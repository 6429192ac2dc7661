import { RecordTimeOffRequest, SetWorkScheduleRequest, WeekdaySeconds } from '@billing/pace/contracts';
import { parseHoursText, secondsToHoursText } from '../../setup/shared/hours-text';
import { isDay } from '../../time/shared/local-time';

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const DAY_SECONDS = 86_400;

export type FormOutcome<Request> = { readonly ok: true; readonly request: Request } | { readonly ok: false; readonly problems: Readonly<Record<string, string>> };

/** Hours per weekday as typed (`8`, `7.5`, `7:30`, blank = 0) -> the schedule request, or the problem per field. */
export function scheduleRequest(validFrom: string, hoursPerDay: readonly string[]): FormOutcome<SetWorkScheduleRequest> {
  const problems: Record<string, string> = {};
  if (!isDay(validFrom)) {
    problems['validFrom'] = 'Pick the date the schedule starts';
  }
  const seconds = WEEKDAY_NAMES.map((name, index) => {
    const text = (hoursPerDay[index] ?? '').trim();
    if (text === '') {
      return 0;
    }
    const parsed = parseHoursText(text);
    if (!parsed.ok) {
      problems[name] = parsed.reason;
      return 0;
    }
    if (parsed.value > DAY_SECONDS) {
      problems[name] = 'At most 24 hours a day';
    }
    return parsed.value;
  });
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, request: { validFrom, weekdaySeconds: seconds as WeekdaySeconds } };
}

/** A schedule's seconds as the form shows them: `8`, `7.5`, `0`. */
export function hoursFields(weekdaySeconds: readonly number[]): string[] {
  return WEEKDAY_NAMES.map((_, index) => secondsToHoursText(weekdaySeconds[index] ?? 0));
}

/** Time off as typed: a range, full days or hours off per day, and a note. */
export function timeOffRequest(input: { from: string; to: string; fullDays: boolean; hoursPerDay: string; note: string }): FormOutcome<RecordTimeOffRequest> {
  const problems: Record<string, string> = {};
  if (!isDay(input.from)) {
    problems['from'] = 'Pick the first day off';
  }
  const to = input.to.trim() === '' ? input.from : input.to;
  if (input.to.trim() !== '' && (!isDay(to) || to < input.from)) {
    problems['to'] = 'The last day must be on or after the first';
  }
  let secondsPerDay: number | undefined;
  if (!input.fullDays) {
    const parsed = parseHoursText(input.hoursPerDay);
    if (!parsed.ok) {
      problems['hoursPerDay'] = parsed.reason;
    } else if (parsed.value <= 0 || parsed.value > DAY_SECONDS) {
      problems['hoursPerDay'] = 'Between a minute and 24 hours';
    } else {
      secondsPerDay = parsed.value;
    }
  }
  if (Object.keys(problems).length > 0) {
    return { ok: false, problems };
  }
  const note = input.note.trim();
  return { ok: true, request: { from: input.from, to, ...(secondsPerDay === undefined ? {} : { secondsPerDay }), ...(note ? { note } : {}) } };
}
