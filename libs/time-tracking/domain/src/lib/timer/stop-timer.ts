import { ConflictError } from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import { assertMayWriteFor } from '../time-entry/time-entry.rules';
import { StopTimer, TimerDecisionContext } from './timer.commands';
import { TimerEvent } from './timer.events';
import { TimerState } from './timer.state';

/** Of two clients racing to stop the same timer, the second finds it stopped: TIMER_NOT_RUNNING (409). */
export function stopTimer(command: StopTimer, state: TimerState, context: TimerDecisionContext): TimerEvent[] {
  const checks = new FieldChecks();
  const memberId = checks.id(command.data.memberId, 'memberId');
  const at = checks.instant(command.at, 'at');
  const stoppedAt = command.data.stoppedAt === undefined ? at : checks.instant(command.data.stoppedAt, 'stoppedAt');
  checks.throwIfAny();
  assertMayWriteFor(memberId, command.actorId, context.actorAuthority);
  if (state.status !== 'running' || (command.data.entryId !== undefined && command.data.entryId !== state.entryId)) {
    throw new ConflictError(
      'TIMER_NOT_RUNNING',
      { memberId, entryId: command.data.entryId ?? null, runningEntryId: state.status === 'running' ? state.entryId : null },
      command.data.entryId === undefined
        ? `No timer runs for member ${memberId}`
        : `The timer of time entry ${command.data.entryId} is not running`,
    );
  }
  return [{ type: 'timer-stopped', data: { memberId, entryId: state.entryId, stoppedAt, cause: 'stopped' } }];
}
