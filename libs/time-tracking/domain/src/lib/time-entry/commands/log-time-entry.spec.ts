import { ConflictError, ForbiddenError, RuleViolationError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { closedPeriodLookup } from '../../calendar/closed-periods';
import { calendarExternalId } from '../../calendar-import/calendar-external-id';
import {
  ALICE,
  BERLIN,
  BOB,
  ENTRY,
  NEW_YORK,
  OTHER_ENTRY,
  PROJECT,
  RESPONSIBLE,
  TASK_DESIGN,
  TASK_INTERNAL,
  context,
  instant,
  logged,
  project,
} from '../../testing/fixtures';
import { LogTimeEntry } from '../time-entry.commands';
import { timeEntryDecider } from '../time-entry.decider';

type LogData = LogTimeEntry['data'];

const log = (data: Partial<LogData> = {}, actorId = ALICE): LogTimeEntry =>
  ({
    type: 'log-time-entry',
    actorId,
    at: instant('2026-03-10T17:00:00Z'),
    data: {
      entryId: ENTRY,
      memberId: ALICE,
      projectId: PROJECT,
      taskId: TASK_DESIGN,
      description: 'Wireframes',
      tags: ['ux'],
      source: 'manual',
      startedAt: instant('2026-03-10T09:00:00Z'),
      endedAt: instant('2026-03-10T11:00:00Z'),
      ...data,
    },
  }) as LogTimeEntry;

const entries = spec(timeEntryDecider, context());

describe('log-time-entry', () => {
  it('logs start and end (09:00-11:00 = 7,200 s)', () => {
    entries.given([]).when(log()).then([logged()]);
  });

  it('logs start and duration: the end is computed', () => {
    // 09:00 + 5,400 s (1 h 30 min) = 10:30
    entries
      .given([])
      .when(log({ endedAt: undefined, durationSeconds: 5_400 }))
      .then([logged('2026-03-10T09:00:00Z', '2026-03-10T10:30:00Z', 5_400)]);
  });

  it('accepts an entry across midnight up to exactly 24 h', () => {
    const events = timeEntryDecider.decide(
      log({ startedAt: instant('2026-03-10T18:00:00Z'), endedAt: undefined, durationSeconds: 86_400 }),
      timeEntryDecider.initialState,
      context(),
    );
    expect(events[0]?.data).toMatchObject({ endedAt: '2026-03-11T18:00:00Z', durationSeconds: 86_400 });
  });

  it('normalises offsets to UTC whole seconds', () => {
    const events = timeEntryDecider.decide(
      log({ startedAt: instant('2026-03-10T10:00:00.400+01:00'), endedAt: instant('2026-03-10T12:00:00+01:00') }),
      timeEntryDecider.initialState,
      context(),
    );
    // 12:00+01:00 - 10:00:00.400+01:00 floors the start to 09:00:00Z: 11:00 - 09:00 = 7,200 s
    expect(events[0]?.data).toMatchObject({ startedAt: '2026-03-10T09:00:00Z', endedAt: '2026-03-10T11:00:00Z', durationSeconds: 7_200 });
  });

  it('imports a calendar event with its external id and the task billable default', () => {
    const externalId = calendarExternalId('abc@calendar.example', instant('2026-03-10T09:00:00Z'));
    const events = timeEntryDecider.decide(
      log({ source: 'calendar', externalId, taskId: TASK_INTERNAL }),
      timeEntryDecider.initialState,
      context(),
    );
    expect(events[0]?.data).toMatchObject({ source: 'calendar', externalId, billable: false });
  });

  it('lets an admin log for a member on a project they are not assigned to', () => {
    const events = timeEntryDecider.decide(
      log({ memberId: BOB }, RESPONSIBLE),
      timeEntryDecider.initialState,
      context({ actorAuthority: 'admin' }),
    );
    expect(events[0]?.data).toMatchObject({ memberId: BOB });
  });

  describe('is refused', () => {
    it('when the entry exists (409)', () => {
      entries.given([logged()]).when(log()).thenThrows(ConflictError, (error) => error.code === 'ENTRY_ALREADY_EXISTS');
    });

    it("for another member's time without authority (403)", () => {
      entries.given([]).when(log({ memberId: BOB })).thenThrows(ForbiddenError);
    });

    it('when the end is before the start (400)', () => {
      entries
        .given([])
        .when(log({ endedAt: instant('2026-03-10T08:00:00Z') }))
        .thenThrows(ValidationError, (error) => error.fields[0]?.reason === 'must be after the start');
    });

    it('when the end equals the start (400)', () => {
      entries.given([]).when(log({ endedAt: instant('2026-03-10T09:00:00Z') })).thenThrows(ValidationError);
    });

    it('when longer than 24 h: 86,401 s (400 on durationSeconds)', () => {
      entries
        .given([])
        .when(log({ endedAt: undefined, durationSeconds: 86_401 }))
        .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'durationSeconds');
    });

    it.each([
      ['a fractional duration', { endedAt: undefined, durationSeconds: 90.5 }, 'durationSeconds'],
      ['both end and duration', { durationSeconds: 7_200 }, 'endedAt'],
      ['neither end nor duration', { endedAt: undefined }, 'endedAt'],
      ['a start without a zone', { startedAt: instant('2026-03-10T09:00:00') }, 'startedAt'],
      ['a timer source', { source: 'timer' }, 'source'],
      ['a calendar import without external id', { source: 'calendar' }, 'externalId'],
      ['a manual entry with an external id', { externalId: 'x' }, 'externalId'],
    ] as const)('with %s (400)', (_case, data, path) => {
      entries
        .given([])
        .when(log(data as Partial<LogData>))
        .thenThrows(ValidationError, (error) => error.fields.some((field) => field.path === path));
    });

    it('when the calendar event was already imported (409 ALREADY_IMPORTED)', () => {
      const error = entries
        .given([])
        .when(log({ source: 'calendar', externalId: 'calendar:single:abc' }), context({ entryWithSameExternalId: OTHER_ENTRY }))
        .thenThrows(ConflictError, (error) => error.code === 'ALREADY_IMPORTED');
      expect(error.details).toEqual({ externalId: 'calendar:single:abc', entryId: OTHER_ENTRY });
    });

    it('when the project is archived (422)', () => {
      entries
        .given([])
        .when(log(), context({ project: { ...project, status: 'archived' } }))
        .thenThrows(RuleViolationError, (error) => error.code === 'PROJECT_NOT_ACTIVE');
    });

    it('when the project requires a description and there is none (400)', () => {
      entries
        .given([])
        .when(log({ description: undefined }), context({ project: { ...project, requiredFields: { task: false, description: true } } }))
        .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'description');
    });

    it('when the day is closed (409 PERIOD_CLOSED)', () => {
      entries
        .given([])
        .when(log(), context({ isPeriodClosed: closedPeriodLookup({ organisationWide: ['2026-03'] }) }))
        .thenThrows(ConflictError, (error) => error.code === 'PERIOD_CLOSED');
    });
  });

  describe('day of the entry in the organisation zone decides the period', () => {
    const closedMarch = closedPeriodLookup({ organisationWide: ['2026-03'] });
    const closedApril = closedPeriodLookup({ organisationWide: ['2026-04'] });
    // 2026-03-31 23:30 EDT (UTC-4) = 2026-04-01 03:30 UTC: New York says March, UTC says April
    const lateOnMarch31InNewYork = { startedAt: instant('2026-04-01T03:30:00Z'), endedAt: instant('2026-04-01T03:59:59Z') };

    it('New York 23:30 on 31 March is refused when March is closed, although UTC says April', () => {
      entries
        .given([])
        .when(log(lateOnMarch31InNewYork), context({ timeZone: NEW_YORK, isPeriodClosed: closedMarch }))
        .thenThrows(ConflictError, (error) => error.details['period'] === '2026-03');
    });

    it('and accepted when only April is closed', () => {
      const events = timeEntryDecider.decide(
        log(lateOnMarch31InNewYork),
        timeEntryDecider.initialState,
        context({ timeZone: NEW_YORK, isPeriodClosed: closedApril }),
      );
      // 03:59:59 - 03:30:00 = 29 min 59 s = 1,799 s
      expect(events[0]?.data).toMatchObject({ durationSeconds: 1_799 });
    });

    it('Berlin 00:30 on 1 April (22:30 UTC on 31 March, CEST) belongs to closed April', () => {
      entries
        .given([])
        .when(
          log({ startedAt: instant('2026-03-31T22:30:00Z'), endedAt: instant('2026-03-31T23:30:00Z') }),
          context({ timeZone: BERLIN, isPeriodClosed: closedApril }),
        )
        .thenThrows(ConflictError, (error) => error.details['period'] === '2026-04' && error.details['date'] === '2026-04-01');
    });
  });
});
