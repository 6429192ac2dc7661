import { Decider, assertNever } from '@billing/shared/kernel';
import { closePeriod } from '../commands/close-period';
import { overridePeriodDeadline } from '../commands/override-deadline';
import { reopenPeriod } from '../commands/reopen-period';
import { PeriodCommand } from './period.commands';
import { PeriodDecisionContext } from './period.context';
import { PeriodEvent } from './period.events';
import { PeriodState, evolvePeriod, initialPeriodState } from './period.state';

export function decidePeriod(command: PeriodCommand, state: PeriodState, context: PeriodDecisionContext): PeriodEvent[] {
  switch (command.type) {
    case 'override-period-deadline':
      return overridePeriodDeadline(command, state, context);
    case 'close-period':
      return closePeriod(command, state, context);
    case 'reopen-period':
      return reopenPeriod(command, state, context);
    default:
      return assertNever(command, 'period command');
  }
}

/** One stream per month: `period-YYYY-MM`. */
export const periodDecider: Decider<PeriodCommand, PeriodState, PeriodEvent, PeriodDecisionContext> = {
  decide: decidePeriod,
  evolve: evolvePeriod,
  initialState: initialPeriodState,
};
