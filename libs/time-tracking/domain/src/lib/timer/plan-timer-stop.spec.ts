import { ConflictError, NotFoundError } from '@billing/shared/kernel';
import { ALICE, ENTRY, context, instant, started } from '../testing/fixtures';
import { StopTimeEntry } from '../time-entry/time-entry.commands';
import { timeEntryDecider } from '../time-entry/time-entry.decider';
import { TimeEntryEvent } from '../time-entry/time-entry.events';
import { TimeEntryState } from '../time-entry/time-entry.state';
import { planTimerStop } from './plan-timer-stop';
import { timerDecider } from './timer.decider';
import { TimerEvent } from './timer.events';
import { TimerState } from './timer.state';

const entryState = (events: TimeEntryEvent[]): TimeEntryState => events.reduce(timeEntryDecider.evolve, timeEntryDecider.initialState);
const timerState = (events: TimerEvent[]): TimerState => events.reduce(timerDecider.evolve, timerDecider.initialState);

const stop: StopTimeEntry = { type: 'stop-time-entry', actorId: ALICE, at: instant('2026-03-10T10:00:00Z'), data: { entryId: ENTRY } };
const timerRuns: TimerEvent = { type: 'timer-started', data: { memberId: ALICE, entryId: ENTRY, startedAt: instant('2026-03-10T09:00:00Z') } };

describe('planTimerStop', () => {
  it('stops the timer and the entry at the same instant', () => {
    const plan = planTimerStop({ command: stop, timer: timerState([timerRuns]), entry: entryState([started()]), context: context() });
    expect(plan).toEqual({
      timer: [{ type: 'timer-stopped', data: { memberId: ALICE, entryId: ENTRY, stoppedAt: '2026-03-10T10:00:00Z', cause: 'stopped' } }],
      entries: [
        {
          entryId: ENTRY,
          streamId: `time-entry-${ENTRY}`,
          // 10:00 - 09:00 = 3,600 s
          events: [{ type: 'time-entry-stopped', data: { entryId: ENTRY, endedAt: '2026-03-10T10:00:00Z', durationSeconds: 3_600 } }],
        },
      ],
    });
  });

  it('carries an explicit end to both streams', () => {
    const plan = planTimerStop({
      command: { ...stop, data: { entryId: ENTRY, endedAt: instant('2026-03-10T09:30:00Z') } },
      timer: timerState([timerRuns]),
      entry: entryState([started()]),
      context: context(),
    });
    expect(plan.timer[0]?.data).toMatchObject({ stoppedAt: '2026-03-10T09:30:00Z' });
    expect(plan.entries[0]?.events[0]?.data).toMatchObject({ endedAt: '2026-03-10T09:30:00Z', durationSeconds: 1_800 });
  });

  it('refuses the second of two racing stops (409 TIMER_NOT_RUNNING)', () => {
    const stopped: TimerEvent = { type: 'timer-stopped', data: { memberId: ALICE, entryId: ENTRY, stoppedAt: instant('2026-03-10T10:00:00Z'), cause: 'stopped' } };
    const attempt = () =>
      planTimerStop({ command: stop, timer: timerState([timerRuns, stopped]), entry: entryState([started()]), context: context() });
    expect(attempt).toThrow(ConflictError);
    expect(attempt).toThrow(`The timer of time entry ${ENTRY} is not running`);
  });

  it('refuses an unknown entry (404)', () => {
    expect(() => planTimerStop({ command: stop, timer: timerState([timerRuns]), entry: entryState([]), context: context() })).toThrow(NotFoundError);
  });
});
