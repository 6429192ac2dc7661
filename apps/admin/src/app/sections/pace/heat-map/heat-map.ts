import { PaceFigures, PaceView, TimeOffView } from '@billing/pace/contracts';
import { DayKind, describeDay } from '../shared/day-kinds';
import { CompletenessBucket, completenessBucket, dayLabel, daysFrom, hoursLabel } from '../shared/pace-format';

export interface HeatCell {
  readonly day: string;
  readonly kind: DayKind;
  readonly bucket: CompletenessBucket;
  readonly expectedSeconds: number;
  readonly trackedSeconds: number;
  /** Accessible name: `Ana: 4h of 8h on 3 Nov`, plus why the day is special. */
  readonly label: string;
}

export interface HeatRow {
  readonly memberId: string;
  readonly name: string;
  readonly cells: readonly HeatCell[];
  readonly total: PaceFigures;
  readonly totalLabel: string;
}

export interface HeatMap {
  readonly days: readonly string[];
  readonly rows: readonly HeatRow[];
}

export interface HeatMapContext {
  readonly today: string;
  readonly holidays: ReadonlyMap<string, string>;
  /** memberId -> their time off */
  readonly timeOff: ReadonlyMap<string, readonly TimeOffView[]>;
}

/** Members x days of a day-rolled Pace view; a day the view has no bucket for counts as nothing expected or tracked. */
export function buildHeatMap(view: PaceView, context: HeatMapContext): HeatMap {
  const days = daysFrom(view.from, view.to);
  const rows = view.members.map((member) => {
    const byDay = new Map(member.buckets.map((bucket) => [bucket.key, bucket]));
    const timeOff = context.timeOff.get(member.memberId) ?? [];
    const cells = days.map((day): HeatCell => {
      const expectedSeconds = byDay.get(day)?.expectedSeconds ?? 0;
      const trackedSeconds = byDay.get(day)?.trackedSeconds ?? 0;
      const description = describeDay(day, expectedSeconds, { today: context.today, holidays: context.holidays, timeOff });
      const figures = `${member.name}: ${hoursLabel(trackedSeconds)} of ${hoursLabel(expectedSeconds)} on ${dayLabel(day)}`;
      return {
        day,
        kind: description.kind,
        bucket: completenessBucket(trackedSeconds, expectedSeconds),
        expectedSeconds,
        trackedSeconds,
        label: description.note ? `${figures} (${description.note})` : figures,
      };
    });
    return {
      memberId: member.memberId,
      name: member.name,
      cells,
      total: member.total,
      totalLabel: `${hoursLabel(member.total.trackedSeconds)} of ${hoursLabel(member.total.expectedSeconds)}`,
    };
  });
  return { days, rows };
}
