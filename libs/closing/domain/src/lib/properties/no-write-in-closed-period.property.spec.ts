import fc from 'fast-check';
import { ConflictError, DomainError, LocalDate, MemberId, ProjectId, TeamId, TimeEntryId, parseTimeZone } from '@billing/shared/kernel';
import {
  Instant,
  ProjectSnapshot,
  TimeEntryCommand,
  TimeEntryDecisionContext,
  TimeEntryState,
  addSeconds,
  entryDay,
  epochSeconds,
  instantFromEpochSeconds,
  closedPeriodLookupFromScopes,
  timeEntryDecider,
} from '@billing/time-tracking/domain';
import { closedScopesOf, isDayClosed } from '../lock/is-day-closed';
import { PeriodCommand } from '../period/period.commands';
import { periodDecider } from '../period/period.decider';
import { PeriodState } from '../period/period.state';
import { ChecklistSnapshot } from '../checklist/checklist';

/**
 * Property: over random interleavings of entry commands (log, edit, move, delete, restore, timer start and stop) and
 * closes / reopens (organisation-wide and per team), no accepted entry command touches an entry whose day (start,
 * or last second before the end) lies in a period closed for the member's team at the time of the command.
 * Both domains' deciders run together, the lock wired exactly as the application wires it (closed scopes -> time
 * tracking's look-up), and checked against the closing domain's own isDayClosed.
 * The organisation is in New York (behind UTC) and starts cluster around local month boundaries.
 */
const ZONE = parseTimeZone('America/New_York');
const uuid = (suffix: string) => `00000000-0000-4000-8000-${suffix.padStart(12, '0')}`;
const RED = uuid('7e1') as TeamId;
const BLUE = uuid('7e2') as TeamId;
const TEAMS = [RED, BLUE] as const;
const MEMBERS = [uuid('a1'), uuid('b0b'), uuid('c0c')] as MemberId[];
const ADMIN = uuid('ad') as MemberId;
const PROJECT = uuid('901') as ProjectId;
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04'];
const LATER = '2026-06-01T00:00:00Z' as Instant;

/** Alice is in red until 15 February, then blue; Bob in blue; Carol in no team. */
function teamOf(member: MemberId, day: LocalDate): TeamId | undefined {
  if (member === MEMBERS[0]) return day < '2026-02-15' ? RED : BLUE;
  return member === MEMBERS[1] ? BLUE : undefined;
}

const project: ProjectSnapshot = {
  projectId: PROJECT,
  status: 'active',
  memberIds: MEMBERS,
  defaultBillable: true,
  requiredFields: { task: false, description: false },
  tasks: [],
};

const checklist = (periodKey: string): ChecklistSnapshot => ({ periodKey, teamIds: null, computedAt: LATER, items: [] });

// Starts: anywhere from 28 Jan to 8 Apr, or within an hour of a New York month boundary.
const BASE = epochSeconds('2026-01-28T00:00:00Z' as Instant);
const BOUNDARIES = ['2026-02-01T05:00:00Z', '2026-03-01T05:00:00Z', '2026-04-01T04:00:00Z'].map((text) => epochSeconds(text as Instant));
const instantArb = fc.oneof(
  fc.integer({ min: 0, max: 70 * 86_400 }).map((offset) => instantFromEpochSeconds(BASE + offset)),
  fc.tuple(fc.constantFrom(...BOUNDARIES), fc.integer({ min: -3_600, max: 3_600 })).map(([at, offset]) => instantFromEpochSeconds(at + offset)),
);
const entryArb = fc.integer({ min: 0, max: 3 });
const memberArb = fc.integer({ min: 0, max: 2 });
const durationArb = fc.integer({ min: 60, max: 30_000 });
const scopeArb = fc.option(fc.constantFrom(0, 1), { nil: undefined });
const monthArb = fc.constantFrom(...MONTHS);

type Action =
  | { kind: 'log'; entry: number; member: number; start: Instant; seconds: number }
  | { kind: 'move'; entry: number; start: Instant; seconds: number }
  | { kind: 'describe'; entry: number; text: string }
  | { kind: 'delete' | 'restore'; entry: number }
  | { kind: 'start'; entry: number; member: number; start: Instant }
  | { kind: 'stop'; entry: number; at: Instant }
  | { kind: 'close' | 'reopen'; month: string; team: number | undefined };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('log' as const), entry: entryArb, member: memberArb, start: instantArb, seconds: durationArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('move' as const), entry: entryArb, start: instantArb, seconds: durationArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('describe' as const), entry: entryArb, text: fc.string({ maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), entry: entryArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('start' as const), entry: entryArb, member: memberArb, start: instantArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stop' as const), entry: entryArb, at: instantArb }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('close' as const, 'reopen' as const), month: monthArb, team: scopeArb }) },
);

const entryId = (index: number) => uuid(`e${index}`) as TimeEntryId;

function entryCommand(action: Action): TimeEntryCommand | undefined {
  const base = { actorId: ADMIN, at: LATER };
  switch (action.kind) {
    case 'log':
      return {
        ...base,
        type: 'log-time-entry',
        data: { entryId: entryId(action.entry), memberId: MEMBERS[action.member] as MemberId, projectId: PROJECT, source: 'manual', startedAt: action.start, durationSeconds: action.seconds },
      };
    case 'move':
      return {
        ...base,
        type: 'edit-time-entry',
        data: { entryId: entryId(action.entry), changes: { startedAt: action.start, endedAt: addSeconds(action.start, action.seconds) } },
      };
    case 'describe':
      return { ...base, type: 'edit-time-entry', data: { entryId: entryId(action.entry), changes: { description: action.text } } };
    case 'delete':
      return { ...base, type: 'delete-time-entry', data: { entryId: entryId(action.entry) } };
    case 'restore':
      return { ...base, type: 'restore-time-entry', data: { entryId: entryId(action.entry) } };
    case 'start':
      return {
        actorId: ADMIN,
        at: action.start,
        type: 'start-time-entry',
        data: { entryId: entryId(action.entry), memberId: MEMBERS[action.member] as MemberId, projectId: PROJECT },
      };
    case 'stop':
      return { actorId: ADMIN, at: action.at, type: 'stop-time-entry', data: { entryId: entryId(action.entry) } };
    default:
      return undefined;
  }
}

function periodCommand(action: Extract<Action, { kind: 'close' | 'reopen' }>): PeriodCommand {
  const teamIds = action.team === undefined ? {} : { teamIds: [TEAMS[action.team] as TeamId] };
  return action.kind === 'close'
    ? { type: 'close-period', actorId: ADMIN, at: LATER, data: { periodKey: action.month, checklist: checklist(action.month), note: 'property test', ...teamIds } }
    : { type: 'reopen-period', actorId: ADMIN, at: LATER, data: { periodKey: action.month, reason: 'property test', ...teamIds } };
}

/** The local days an entry occupies for the lock: its start, and the last second before its end. */
function lockedDaysOf(state: TimeEntryState): { member: MemberId; day: LocalDate }[] {
  if (state.status === 'none') return [];
  const days = [entryDay(state.startedAt, ZONE)];
  if (state.endedAt !== null && epochSeconds(state.endedAt) > epochSeconds(state.startedAt)) days.push(entryDay(addSeconds(state.endedAt, -1), ZONE));
  return days.map((day) => ({ member: state.memberId, day }));
}

function attempt<T>(decide: () => T): T | DomainError {
  try {
    return decide();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('property: no entry command changes an entry in a period closed at the time of the command', () => {
  it('holds over random sequences of entry commands and closes / reopens (New York zone)', () => {
    const seen = { accepted: 0, refusedClosed: 0, closes: 0 };
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 80, size: 'max' }), (actions) => {
        const periods = new Map<string, PeriodState>();
        const entries = new Map<number, TimeEntryState>();
        for (const action of actions) {
          if (action.kind === 'close' || action.kind === 'reopen') {
            const state = periods.get(action.month) ?? periodDecider.initialState;
            const outcome = attempt(() => periodDecider.decide(periodCommand(action), state, { timeZone: ZONE, isKnownTeam: () => true }));
            if (outcome instanceof DomainError) continue;
            periods.set(action.month, outcome.reduce(periodDecider.evolve, state));
            if (action.kind === 'close') seen.closes += 1;
            continue;
          }
          const command = entryCommand(action) as TimeEntryCommand;
          const entryIndex = (action as Exclude<Action, { kind: 'close' | 'reopen' }>).entry;
          const before = entries.get(entryIndex) ?? timeEntryDecider.initialState;
          const states = [...periods.values()];
          const context: TimeEntryDecisionContext = {
            timeZone: ZONE,
            actorAuthority: 'admin',
            // As the application wires it: the closed scopes the projection writes, read back by time tracking.
            isPeriodClosed: closedPeriodLookupFromScopes(states.flatMap(closedScopesOf)),
            teamOfMemberOn: teamOf,
            project,
          };
          const outcome = attempt(() => timeEntryDecider.decide(command, before, context));
          if (outcome instanceof DomainError) {
            if (outcome instanceof ConflictError && outcome.code === 'PERIOD_CLOSED') seen.refusedClosed += 1;
            continue;
          }
          const after = outcome.reduce(timeEntryDecider.evolve, before);
          if (outcome.length > 0) {
            seen.accepted += 1;
            for (const { member, day } of [...lockedDaysOf(before), ...lockedDaysOf(after)]) {
              expect({ day, closed: isDayClosed(states, day, teamOf(member, day)) }).toEqual({ day, closed: false });
            }
          }
          entries.set(entryIndex, after);
        }
      }),
      { numRuns: 250 },
    );
    // Not vacuous: writes were accepted, periods closed, and closed periods refused some writes.
    expect(seen.accepted).toBeGreaterThan(1000);
    expect(seen.closes).toBeGreaterThan(300);
    expect(seen.refusedClosed).toBeGreaterThan(200);
  });
});
