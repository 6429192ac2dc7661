import { PaceView, WorkScheduleVersionView } from '@billing/pace/contracts';
import { isoWeekday } from '../../time/shared/local-time';
import { DayContext, DayKind, describeDay } from '../shared/day-kinds';
import { CompletenessBucket, completenessBucket } from '../shared/pace-format';

export interface WeekDayRow {
  readonly day: string;
  /** What the schedule in force on the day says, before holidays and time off; null before the first schedule. */
  readonly scheduledSeconds: number | null;
  readonly expectedSeconds: number;
  readonly trackedSeconds: number;
  readonly missingSeconds: number;
  readonly kind: DayKind;
  readonly note: string;
  readonly bucket: CompletenessBucket;
}

export interface MemberWeek {
  readonly rows: readonly WeekDayRow[];
  readonly scheduledSeconds: number;
  readonly expectedSeconds: number;
  readonly trackedSeconds: number;
  readonly missingSeconds: number;
}

/** The schedule version in force on `day`: the latest one starting on or before it. */
export function versionOn(day: string, history: readonly WorkScheduleVersionView[]): WorkScheduleVersionView | null {
  let found: WorkScheduleVersionView | null = null;
  for (const version of history) {
    if (version.validFrom <= day && (found === null || version.validFrom > found.validFrom)) {
      found = version;
    }
  }
  return found;
}

/**
 * A member's days against their schedule; missing per day is max(0, expected - tracked), as on the server, and
 * nothing for days still to come (the week's missing is to date).
 */
export function buildMemberWeek(days: readonly string[], view: PaceView | null, history: readonly WorkScheduleVersionView[], context: DayContext): MemberWeek {
  const buckets = new Map((view?.members[0]?.buckets ?? []).map((bucket) => [bucket.key, bucket]));
  const rows = days.map((day): WeekDayRow => {
    const bucket = buckets.get(day);
    const expectedSeconds = bucket?.expectedSeconds ?? 0;
    const trackedSeconds = bucket?.trackedSeconds ?? 0;
    const version = versionOn(day, history);
    const description = describeDay(day, expectedSeconds, context);
    // A day still to come is not missing anything yet.
    const toCome = day > context.today;
    return {
      day,
      scheduledSeconds: version ? version.weekdaySeconds[isoWeekday(day) - 1] ?? 0 : null,
      expectedSeconds,
      trackedSeconds,
      missingSeconds: toCome ? 0 : Math.max(0, expectedSeconds - trackedSeconds),
      kind: description.kind,
      note: description.note,
      bucket: toCome ? 'none' : completenessBucket(trackedSeconds, expectedSeconds),
    };
  });
  const sum = (pick: (row: WeekDayRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    rows,
    scheduledSeconds: sum((row) => row.scheduledSeconds ?? 0),
    expectedSeconds: sum((row) => row.expectedSeconds),
    trackedSeconds: sum((row) => row.trackedSeconds),
    missingSeconds: sum((row) => row.missingSeconds),
  };
}
