import { LocalDate, isLocalDate } from '@billing/shared/kernel';
import { OverridePeriodDeadline } from '../period/period.commands';
import { PeriodDecisionContext } from '../period/period.context';
import { PeriodEvent } from '../period/period.events';
import { PeriodState } from '../period/period.state';
import { Checks, MAX_NOTE_LENGTH } from '../shared/checks';

/**
 * Moves one period's submission deadline, or (deadline null) returns it to the organisation's rule. The deadline
 * falls after the period's last day. Setting the deadline it already has changes nothing.
 */
export function overridePeriodDeadline(
  command: OverridePeriodDeadline,
  state: PeriodState,
  context: PeriodDecisionContext,
): PeriodEvent[] {
  const checks = new Checks();
  const period = checks.period(command.data.periodKey, context.timeZone);
  checks.instant(command.at, 'at');
  const reason = checks.optionalText(command.data.reason, 'reason', MAX_NOTE_LENGTH);
  const deadline = command.data.deadline;
  if (deadline !== null && !isLocalDate(deadline)) {
    checks.add('deadline', `must be a date YYYY-MM-DD or null, got ${String(deadline)}`);
  } else if (deadline !== null && period !== undefined && deadline < period.next().firstDay) {
    checks.add('deadline', `must be after the period's last day (on or after ${period.next().firstDay})`);
  }
  checks.throwIfAny();
  if (period === undefined || deadline === state.deadlineOverride) return [];
  return [
    {
      type: 'period-deadline-overridden',
      data: { periodKey: period.key, deadline: deadline as LocalDate | null, previous: state.deadlineOverride, reason },
    },
  ];
}
