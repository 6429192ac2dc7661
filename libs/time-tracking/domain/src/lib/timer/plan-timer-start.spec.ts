import { ConflictError, RuleViolationError } from '@billing/shared/kernel';
import { closedPeriodLookup } from '../calendar/closed-periods';
import { ALICE, ENTRY, OTHER_ENTRY, PROJECT, TASK_DESIGN, context, instant, project, started } from '../testing/fixtures';
import { StartTimeEntry } from '../time-entry/time-entry.commands';
import { timeEntryDecider } from '../time-entry/time-entry.decider';
import { TimeEntryEvent } from '../time-entry/time-entry.events';
import { TimeEntryState } from '../time-entry/time-entry.state';
import { planTimerStart } from './plan-timer-start';
import { timerDecider } from './timer.decider';
import { TimerEvent } from './timer.events';
import { TimerState } from './timer.state';

const entryState = (events: TimeEntryEvent[]): TimeEntryState => events.reduce(timeEntryDecider.evolve, timeEntryDecider.initialState);
const timerState = (events: TimerEvent[]): TimerState => events.reduce(timerDecider.evolve, timerDecider.initialState);

const startNew: StartTimeEntry = {
  type: 'start-time-entry',
  actorId: ALICE,
  at: instant('2026-03-10T11:00:00Z'),
  data: { entryId: OTHER_ENTRY, memberId: ALICE, projectId: PROJECT, taskId: TASK_DESIGN, description: 'Review' },
};
const timerRunsEntry: TimerEvent = { type: 'timer-started', data: { memberId: ALICE, entryId: ENTRY, startedAt: instant('2026-03-10T09:00:00Z') } };

describe('planTimerStart', () => {
  it('with no timer running: the timer starts, then the new entry starts', () => {
    const plan = planTimerStart({ command: startNew, timer: timerState([]), newEntry: entryState([]), context: context() });
    expect(plan.timer.map((event) => event.type)).toEqual(['timer-started']);
    expect(plan.entries).toEqual([
      { entryId: OTHER_ENTRY, streamId: `time-entry-${OTHER_ENTRY}`, events: [expect.objectContaining({ type: 'time-entry-started' })] },
    ]);
  });

  it('with a timer running: the timer switches, the running entry stops and the new one starts at the same instant', () => {
    const plan = planTimerStart({
      command: startNew,
      timer: timerState([timerRunsEntry]),
      newEntry: entryState([]),
      runningEntry: entryState([started('2026-03-10T09:00:00Z')]),
      context: context(),
    });
    expect(plan.timer.map((event) => event.type)).toEqual(['timer-stopped', 'timer-started']);
    expect(plan.entries.map((step) => [step.entryId, step.events.map((event) => event.type)])).toEqual([
      [ENTRY, ['time-entry-stopped']],
      [OTHER_ENTRY, ['time-entry-started']],
    ]);
    // 11:00 - 09:00 = 7,200 s
    expect(plan.entries[0]?.events[0]?.data).toMatchObject({ endedAt: '2026-03-10T11:00:00Z', durationSeconds: 7_200 });
  });

  it('plans nothing for a retried start of the timer that already runs', () => {
    const plan = planTimerStart({
      command: { ...startNew, data: { ...startNew.data, entryId: ENTRY } },
      timer: timerState([timerRunsEntry]),
      newEntry: entryState([started()]),
      context: context(),
    });
    expect(plan).toEqual({ timer: [], entries: [] });
  });

  it('refuses the whole switch when the new entry is refused, so no stream is touched', () => {
    expect(() =>
      planTimerStart({
        command: startNew,
        timer: timerState([timerRunsEntry]),
        newEntry: entryState([]),
        runningEntry: entryState([started()]),
        context: context({ project: { ...project, status: 'archived' } }),
      }),
    ).toThrow(RuleViolationError);
  });

  it('refuses the switch when the running entry cannot be stopped (its period closed meanwhile)', () => {
    // running since 31 March 22:00 UTC, March closed; the new timer starts on 1 April
    expect(() =>
      planTimerStart({
        command: { ...startNew, at: instant('2026-04-01T08:00:00Z') },
        timer: timerState([{ type: 'timer-started', data: { ...timerRunsEntry.data, startedAt: instant('2026-03-31T22:00:00Z') } }]),
        newEntry: entryState([]),
        runningEntry: entryState([started('2026-03-31T22:00:00Z')]),
        context: context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) }),
      }),
    ).toThrow(ConflictError);
  });

  it('insists on the running entry state when a timer runs', () => {
    expect(() =>
      planTimerStart({ command: startNew, timer: timerState([timerRunsEntry]), newEntry: entryState([]), context: context() }),
    ).toThrow(`planTimerStart needs the state of running entry ${ENTRY}`);
  });
});
