import { TimeOffView } from '@billing/pace/contracts';
import { isoWeekday } from '../../time/shared/local-time';
import { hoursLabel } from './pace-format';

/**
 * Why a day looks as it does: a holiday (organisation calendar), time off (full or partial), a weekend, a day the
 * schedule expects nothing, an ordinary working day, or a day still to come.
 */
export type DayKind = 'work' | 'holiday' | 'time-off' | 'partial-off' | 'weekend' | 'off' | 'future';

export interface DayContext {
  readonly today: string;
  /** date -> holiday name */
  readonly holidays: ReadonlyMap<string, string>;
  readonly timeOff: readonly TimeOffView[];
}

export interface DayDescription {
  readonly kind: DayKind;
  /** e.g. `holiday: Christmas Day`, `4h off`; empty for plain days. */
  readonly note: string;
}

function timeOffOn(day: string, items: readonly TimeOffView[]): TimeOffView | undefined {
  return items.find((item) => item.from <= day && day <= item.to);
}

/** The kind of a member's day; `expectedSeconds` is what the read model expects after holidays and time off. */
export function describeDay(day: string, expectedSeconds: number, context: DayContext): DayDescription {
  const holiday = context.holidays.get(day);
  const off = timeOffOn(day, context.timeOff);
  const offNote = off?.note ? `: ${off.note}` : '';
  if (holiday !== undefined) {
    return { kind: 'holiday', note: `holiday: ${holiday}` };
  }
  if (off && off.secondsPerDay === null) {
    return { kind: 'time-off', note: `time off${offNote}` };
  }
  if (day > context.today) {
    return { kind: 'future', note: 'still to come' };
  }
  if (off && off.secondsPerDay !== null) {
    return { kind: 'partial-off', note: `${hoursLabel(off.secondsPerDay)} off${offNote}` };
  }
  if (expectedSeconds === 0) {
    return isoWeekday(day) >= 6 ? { kind: 'weekend', note: 'weekend' } : { kind: 'off', note: 'nothing expected' };
  }
  return { kind: 'work', note: '' };
}
