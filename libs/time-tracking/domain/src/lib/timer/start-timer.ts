import { FieldChecks } from '../shared/field-checks';
import { assertMayWriteFor } from '../time-entry/time-entry.rules';
import { StartTimer, TimerDecisionContext } from './timer.commands';
import { TimerEvent } from './timer.events';
import { TimerState } from './timer.state';

/**
 * At most one timer runs per member: starting one while another runs stops the other at the same instant.
 * Starting the timer that already runs changes nothing (a retried request).
 */
export function startTimer(command: StartTimer, state: TimerState, context: TimerDecisionContext): TimerEvent[] {
  const checks = new FieldChecks();
  const memberId = checks.id(command.data.memberId, 'memberId');
  const entryId = checks.id(command.data.entryId, 'entryId');
  const at = checks.instant(command.at, 'at');
  checks.throwIfAny();
  assertMayWriteFor(memberId, command.actorId, context.actorAuthority);
  if (state.status === 'running' && state.entryId === entryId) return [];
  const started: TimerEvent = { type: 'timer-started', data: { memberId, entryId, startedAt: at } };
  if (state.status === 'idle') return [started];
  return [
    { type: 'timer-stopped', data: { memberId, entryId: state.entryId, stoppedAt: at, cause: 'replaced' } },
    started,
  ];
}
