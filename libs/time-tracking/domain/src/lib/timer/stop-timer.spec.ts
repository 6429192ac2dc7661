import { ConflictError, ForbiddenError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { Instant } from '../shared/instant';
import { ALICE, BOB, ENTRY, OTHER_ENTRY, instant } from '../testing/fixtures';
import { StopTimer } from './timer.commands';
import { timerDecider } from './timer.decider';
import { TimerEvent } from './timer.events';

const stop = (data: Partial<StopTimer['data']> = {}, actorId = ALICE): StopTimer => ({
  type: 'stop-timer',
  actorId,
  at: instant('2026-03-10T10:00:00Z'),
  data: { memberId: ALICE, ...data },
});

const runningSinceNine: TimerEvent = {
  type: 'timer-started',
  data: { memberId: ALICE, entryId: ENTRY, startedAt: instant('2026-03-10T09:00:00Z') },
};
const stoppedAtTen: TimerEvent = {
  type: 'timer-stopped',
  data: { memberId: ALICE, entryId: ENTRY, stoppedAt: instant('2026-03-10T10:00:00Z'), cause: 'stopped' },
};

const timers = spec(timerDecider, { actorAuthority: 'self' });

describe('stop-timer', () => {
  it('stops the running timer', () => {
    timers.given([runningSinceNine]).when(stop({ entryId: ENTRY })).then([stoppedAtTen]);
  });

  it('stops at an explicit instant', () => {
    timers
      .given([runningSinceNine])
      .when(stop({ stoppedAt: '2026-03-10T09:45:00Z' as Instant }))
      .then([{ type: 'timer-stopped', data: { ...stoppedAtTen.data, stoppedAt: instant('2026-03-10T09:45:00Z') } }]);
  });

  describe('is refused', () => {
    it('when no timer runs (409 TIMER_NOT_RUNNING)', () => {
      timers.given([]).when(stop()).thenThrows(ConflictError, (error) => error.code === 'TIMER_NOT_RUNNING');
    });

    it('the second of two racing stops (409 TIMER_NOT_RUNNING)', () => {
      timers
        .given([runningSinceNine, stoppedAtTen])
        .when(stop({ entryId: ENTRY }))
        .thenThrows(ConflictError, (error) => error.code === 'TIMER_NOT_RUNNING');
    });

    it('when the client means a timer that has since been replaced (409, naming the one that runs)', () => {
      const error = timers
        .given([
          runningSinceNine,
          { type: 'timer-stopped', data: { ...stoppedAtTen.data, cause: 'replaced' } },
          { type: 'timer-started', data: { memberId: ALICE, entryId: OTHER_ENTRY, startedAt: instant('2026-03-10T10:00:00Z') } },
        ])
        .when(stop({ entryId: ENTRY }))
        .thenThrows(ConflictError, (error) => error.code === 'TIMER_NOT_RUNNING');
      expect(error.details).toMatchObject({ entryId: ENTRY, runningEntryId: OTHER_ENTRY });
    });

    it("for someone else's timer without authority (403)", () => {
      timers.given([runningSinceNine]).when(stop({}, BOB)).thenThrows(ForbiddenError);
    });
  });
});
