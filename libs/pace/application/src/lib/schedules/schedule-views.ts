import type { WorkScheduleVersionView, WorkScheduleView, WeekdaySeconds } from '@billing/pace/contracts';
import { type MemberPaceState, scheduleOn } from '@billing/pace/domain';
import type { LocalDate } from '@billing/shared/kernel';

const versionView = (version: MemberPaceState['schedules'][number]): WorkScheduleVersionView => ({
  validFrom: version.validFrom,
  weekdaySeconds: [...version.weekdaySeconds] as WeekdaySeconds,
  weeklySeconds: version.weekdaySeconds.reduce((sum, seconds) => sum + seconds, 0),
});

export function scheduleView(memberId: string, state: MemberPaceState, revision: number | null, today: LocalDate): WorkScheduleView {
  const current = scheduleOn(state.schedules, today);
  return { memberId, current: current ? versionView(current) : null, history: state.schedules.map(versionView), revision };
}
