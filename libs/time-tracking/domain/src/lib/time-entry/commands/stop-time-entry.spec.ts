import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import { Instant } from '../../shared/instant';
import { ALICE, BOB, ENTRY, NEW_YORK, RESPONSIBLE, context, deleted, instant, logged, started } from '../../testing/fixtures';
import { StopTimeEntry } from '../time-entry.commands';
import { timeEntryDecider } from '../time-entry.decider';

const stop = (at: string, endedAt?: string, actorId = ALICE): StopTimeEntry => ({
  type: 'stop-time-entry',
  actorId,
  at: instant(at),
  data: { entryId: ENTRY, ...(endedAt === undefined ? {} : { endedAt: endedAt as Instant }) },
});

const entries = spec(timeEntryDecider, context());

describe('stop-time-entry', () => {
  it('stops at the command instant with the duration in whole seconds', () => {
    entries
      .given([started('2026-03-10T09:00:00Z')])
      .when(stop('2026-03-10T10:30:15.900Z'))
      .then([
        {
          type: 'time-entry-stopped',
          // 10:30:15 - 09:00:00 = 1 h 30 min 15 s = 3,600 + 1,800 + 15 = 5,415 s (the .900 is floored)
          data: { entryId: ENTRY, endedAt: instant('2026-03-10T10:30:15Z'), durationSeconds: 5_415 },
        },
      ]);
  });

  it('stops a forgotten timer at an explicit earlier end', () => {
    entries
      .given([started('2026-03-10T09:00:00Z')])
      .when(stop('2026-03-11T08:00:00Z', '2026-03-10T17:00:00Z'))
      .then([
        {
          type: 'time-entry-stopped',
          // 17:00 - 09:00 = 8 h = 28,800 s
          data: { entryId: ENTRY, endedAt: instant('2026-03-10T17:00:00Z'), durationSeconds: 28_800 },
        },
      ]);
  });

  it('accepts exactly 24 h (86,400 s)', () => {
    const [event] = timeEntryDecider.decide(
      stop('2026-03-11T09:00:00Z'),
      [started('2026-03-10T09:00:00Z')].reduce(timeEntryDecider.evolve, timeEntryDecider.initialState),
      context(),
    );
    expect(event?.data).toMatchObject({ durationSeconds: 86_400 });
  });

  it('lets a responsible stop a member timer', () => {
    entries
      .given([started('2026-03-10T09:00:00Z')])
      .when(stop('2026-03-10T09:00:01Z', undefined, RESPONSIBLE), context({ actorAuthority: 'responsible-in-scope' }))
      .then([{ type: 'time-entry-stopped', data: { entryId: ENTRY, endedAt: instant('2026-03-10T09:00:01Z'), durationSeconds: 1 } }]);
  });

  describe('is refused', () => {
    it('for an unknown entry (404)', () => {
      entries.given([]).when(stop('2026-03-10T10:00:00Z')).thenThrows(NotFoundError);
    });

    it('when the entry was already stopped: the second of two racing stops (409 TIMER_NOT_RUNNING)', () => {
      entries
        .given([started(), { type: 'time-entry-stopped', data: { entryId: ENTRY, endedAt: instant('2026-03-10T10:00:00Z'), durationSeconds: 3_600 } }])
        .when(stop('2026-03-10T10:00:01Z'))
        .thenThrows(ConflictError, (error) => error.code === 'TIMER_NOT_RUNNING');
    });

    it.each([
      ['a manual entry', [logged()]],
      ['a deleted entry', [logged(), deleted]],
    ])('for %s, which never runs (409 TIMER_NOT_RUNNING)', (_case, given) => {
      entries.given(given).when(stop('2026-03-10T12:00:00Z')).thenThrows(ConflictError, (error) => error.code === 'TIMER_NOT_RUNNING');
    });

    it("for someone else's timer without authority (403)", () => {
      entries.given([started()]).when(stop('2026-03-10T10:00:00Z', undefined, BOB)).thenThrows(ForbiddenError);
    });

    it('when the stop is before the start (400)', () => {
      const error = entries
        .given([started('2026-03-10T09:00:00Z')])
        .when(stop('2026-03-10T10:00:00Z', '2026-03-10T08:59:59Z'))
        .thenThrows(ValidationError);
      expect(error.fields).toEqual([{ path: 'endedAt', reason: 'must be after the start' }]);
    });

    it('when the stop is at the start instant: an entry lasts at least one second (400)', () => {
      entries.given([started('2026-03-10T09:00:00Z')]).when(stop('2026-03-10T09:00:00.999Z')).thenThrows(ValidationError);
    });

    it('when the explicit end is in the future (400)', () => {
      entries
        .given([started('2026-03-10T09:00:00Z')])
        .when(stop('2026-03-10T10:00:00Z', '2026-03-10T10:00:01Z'))
        .thenThrows(ValidationError, (error) => error.fields[0]?.reason === 'must not be in the future');
    });

    it('when the timer ran more than 24 h: the member gives an end instead (400)', () => {
      // 2026-03-11T09:00:01Z - 2026-03-10T09:00:00Z = 86,401 s > 86,400 s
      entries
        .given([started('2026-03-10T09:00:00Z')])
        .when(stop('2026-03-11T09:00:01Z'))
        .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'endedAt');
    });

    it("when the entry's period was closed while the timer ran (409 PERIOD_CLOSED)", () => {
      entries
        .given([started('2026-03-31T20:00:00Z')])
        .when(stop('2026-03-31T21:00:00Z'), context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) }))
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED' && error.details['period'] === '2026-03');
    });

    it('when the timer would end in a closed period (409 PERIOD_CLOSED naming the end month)', () => {
      // New York: started 31 March 23:00 EDT (= 1 April 03:00 UTC), stopped 1 April 00:30 EDT; April is closed
      entries
        .given([started('2026-04-01T03:00:00Z')])
        .when(
          stop('2026-04-01T04:30:00Z'),
          context({ timeZone: NEW_YORK, isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-04'] }) }),
        )
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED' && error.details['date'] === '2026-04-01');
    });

    it('but not when it ends exactly at midnight before a closed month (the end is exclusive)', () => {
      // New York: 31 March 23:00 EDT to 1 April 00:00 EDT; the last second worked is 31 March 23:59:59
      entries
        .given([started('2026-04-01T03:00:00Z')])
        .when(
          stop('2026-04-01T04:00:00Z'),
          context({ timeZone: NEW_YORK, isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-04'] }) }),
        )
        .then([{ type: 'time-entry-stopped', data: { entryId: ENTRY, endedAt: instant('2026-04-01T04:00:00Z'), durationSeconds: 3_600 } }]);
    });
  });
});
