import { ForbiddenError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { ALICE, BOB, ENTRY, OTHER_ENTRY, RESPONSIBLE, instant } from '../testing/fixtures';
import { StartTimer } from './timer.commands';
import { timerDecider } from './timer.decider';
import { TimerEvent } from './timer.events';

const start = (entryId = OTHER_ENTRY, actorId = ALICE, memberId = ALICE): StartTimer => ({
  type: 'start-timer',
  actorId,
  at: instant('2026-03-10T11:00:00.500Z'),
  data: { memberId, entryId },
});

const runningSinceNine: TimerEvent = {
  type: 'timer-started',
  data: { memberId: ALICE, entryId: ENTRY, startedAt: instant('2026-03-10T09:00:00Z') },
};

const timers = spec(timerDecider, { actorAuthority: 'self' });

describe('start-timer', () => {
  it('starts the first timer of a member', () => {
    timers
      .given([])
      .when(start())
      .then([{ type: 'timer-started', data: { memberId: ALICE, entryId: OTHER_ENTRY, startedAt: instant('2026-03-10T11:00:00Z') } }]);
  });

  it('stops the running timer at the same instant when another starts: at most one runs', () => {
    timers
      .given([runningSinceNine])
      .when(start())
      .then([
        { type: 'timer-stopped', data: { memberId: ALICE, entryId: ENTRY, stoppedAt: instant('2026-03-10T11:00:00Z'), cause: 'replaced' } },
        { type: 'timer-started', data: { memberId: ALICE, entryId: OTHER_ENTRY, startedAt: instant('2026-03-10T11:00:00Z') } },
      ]);
  });

  it('leaves exactly one timer running after the switch', () => {
    const state = [runningSinceNine, ...timerDecider.decide(start(), timerDecider.evolve(timerDecider.initialState, runningSinceNine), { actorAuthority: 'self' })].reduce(
      timerDecider.evolve,
      timerDecider.initialState,
    );
    expect(state).toEqual({ status: 'running', memberId: ALICE, entryId: OTHER_ENTRY, startedAt: '2026-03-10T11:00:00Z' });
  });

  it('changes nothing when the running timer is started again (a retried request)', () => {
    timers.given([runningSinceNine]).when(start(ENTRY)).thenNothingHappens();
  });

  it("lets a responsible start a member's timer", () => {
    timers
      .given([])
      .when(start(OTHER_ENTRY, RESPONSIBLE), { actorAuthority: 'responsible-in-scope' })
      .then([{ type: 'timer-started', data: { memberId: ALICE, entryId: OTHER_ENTRY, startedAt: instant('2026-03-10T11:00:00Z') } }]);
  });

  describe('is refused', () => {
    it("for someone else's timer without authority (403)", () => {
      timers.given([]).when(start(OTHER_ENTRY, BOB)).thenThrows(ForbiddenError);
    });

    it('with malformed ids (400)', () => {
      timers.given([]).when(start('e-2' as never)).thenThrows(ValidationError, (error) => error.fields[0]?.path === 'entryId');
    });
  });
});
