import {
  LocalDate,
  isoWeekday,
  localDate,
  nthWorkingDayOfMonth,
} from '@billing/shared/kernel';

/** When members must have submitted a period's hours. Default: the 3rd working day of the next month. */
export type SubmissionDeadlineRule =
  | { readonly kind: 'nth-working-day-of-next-month'; readonly n: number }
  | { readonly kind: 'nth-day-of-next-month'; readonly n: number };

export const DEFAULT_SUBMISSION_DEADLINE_RULE: SubmissionDeadlineRule = {
  kind: 'nth-working-day-of-next-month',
  n: 3,
};

export function submissionDeadlineRuleProblems(
  rule: SubmissionDeadlineRule,
): string[] {
  if (typeof rule !== 'object' || rule === null) {
    return ['must be a rule'];
  }
  switch (rule.kind) {
    case 'nth-working-day-of-next-month':
      return Number.isInteger(rule.n) && rule.n >= 1 && rule.n <= 20
        ? []
        : ['n must be a whole number from 1 to 20'];
    case 'nth-day-of-next-month':
      return Number.isInteger(rule.n) && rule.n >= 1 && rule.n <= 28
        ? []
        : ['n must be a whole number from 1 to 28'];
    default: {
      const unknown: never = rule;
      return [
        `unknown rule kind ${JSON.stringify((unknown as { kind?: unknown }).kind)}`,
      ];
    }
  }
}

/**
 * The deadline date for the period (year, month). Working days are Monday to Friday minus `isHoliday`
 * (the organisation's holidays live in the pace context and are passed in).
 */
export function submissionDeadline(
  rule: SubmissionDeadlineRule,
  period: { year: number; month: number },
  isHoliday: (date: LocalDate) => boolean = () => false,
): LocalDate {
  const nextYear = period.month === 12 ? period.year + 1 : period.year;
  const nextMonth = period.month === 12 ? 1 : period.month + 1;
  switch (rule.kind) {
    case 'nth-working-day-of-next-month':
      return nthWorkingDayOfMonth(nextYear, nextMonth, rule.n, isHoliday);
    case 'nth-day-of-next-month':
      return localDate(nextYear, nextMonth, rule.n);
    default: {
      const unknown: never = rule;
      throw new Error(
        `Unknown submission deadline rule ${JSON.stringify(unknown)}`,
      );
    }
  }
}

/** True when the date is a Saturday or Sunday. */
export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}
