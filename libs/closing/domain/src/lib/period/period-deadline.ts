import { LocalDate, Period } from '@billing/shared/kernel';
import { SubmissionDeadlineRule, submissionDeadline } from '@billing/organisation/domain';
import { PeriodState } from './period.state';

export interface PeriodDeadline {
  deadline: LocalDate;
  /** rule: from the organisation's rule; override: set for this period. */
  source: 'rule' | 'override';
}

/** The period's submission deadline: its override, else the organisation's rule (holidays come with Pace). */
export function periodDeadline(
  period: Pick<Period, 'year' | 'month'>,
  state: Pick<PeriodState, 'deadlineOverride'>,
  rule: SubmissionDeadlineRule,
  isHoliday?: (date: LocalDate) => boolean,
): PeriodDeadline {
  if (state.deadlineOverride !== null) return { deadline: state.deadlineOverride, source: 'override' };
  return { deadline: submissionDeadline(rule, period, isHoliday), source: 'rule' };
}
