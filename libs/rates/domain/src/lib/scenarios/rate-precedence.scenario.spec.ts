import { rateBookFrom } from '../rate-book/rate-book.state';
import { RateBookEvent } from '../rate-book/rate-book.events';
import { explainRate } from '../resolution/explain-rate';
import {
  LevelCheck,
  RatedEntry,
  resolveRate,
} from '../resolution/resolve-rate';
import { day, ids, rateSet } from '../testing/fixtures';

/**
 * Scenario: one entry of Alice on the Build task of the project, 2026-03-10, client billed in EUR.
 * Rates are added from least to most specific; each time the most specific one valid on the day wins.
 */
const entry: RatedEntry = {
  memberId: ids.alice,
  projectId: ids.project,
  taskId: ids.build,
  clientId: ids.client,
  day: day('2026-03-10'),
  currency: 'EUR',
};

const organisation = rateSet({ level: 'organisation' }, '2020-01-01', 8000); // 80.00/h
const member = rateSet(
  { level: 'member', memberId: ids.alice },
  '2025-01-01',
  9000,
); // 90.00/h
const client = rateSet(
  { level: 'client', clientId: ids.client },
  '2026-01-01',
  10000,
); // 100.00/h
const project = rateSet(
  { level: 'project', projectId: ids.project },
  '2026-02-01',
  11000,
); // 110.00/h
const task = rateSet(
  { level: 'task', projectId: ids.project, taskId: ids.build },
  '2026-03-01',
  12000,
); // 120.00/h
const memberOnProject = rateSet(
  { level: 'member-on-project', memberId: ids.alice, projectId: ids.project },
  '2026-03-10',
  13000,
); // 130.00/h, starting on the entry's very day

function outcomes(checks: LevelCheck[]): string[] {
  return checks.map((check) => `${check.level}:${check.outcome}`);
}

describe('rate precedence: member on project > task > project > client > member > organisation', () => {
  it.each<[string, RateBookEvent[], string, number]>([
    ['organisation default only', [organisation], 'organisation', 8000],
    [
      'member default beats organisation',
      [organisation, member],
      'member',
      9000,
    ],
    [
      'client beats member default',
      [organisation, member, client],
      'client',
      10000,
    ],
    [
      'project beats client',
      [organisation, member, client, project],
      'project',
      11000,
    ],
    [
      'task beats project',
      [organisation, member, client, project, task],
      'task',
      12000,
    ],
    [
      'member on project beats all',
      [organisation, member, client, project, task, memberOnProject],
      'member-on-project',
      13000,
    ],
    // insertion order does not matter: precedence is by level, not by when the rate was set
    [
      'same book, reverse order',
      [memberOnProject, task, project, client, member, organisation],
      'member-on-project',
      13000,
    ],
  ])('%s', (_name, events, level, amountMinor) => {
    const resolution = resolveRate(rateBookFrom(events), entry);
    expect(resolution).toMatchObject({
      status: 'found',
      level,
      ratePerHour: { amountMinor, currency: 'EUR' },
    });
  });

  it('explains which more specific levels had none (client rate applies)', () => {
    const resolution = resolveRate(
      rateBookFrom([organisation, member, client]),
      entry,
    );
    expect(outcomes(resolution.checks)).toEqual([
      'member-on-project:none',
      'task:none',
      'project:none',
      'client:applied',
      'member:not-consulted',
      'organisation:not-consulted',
    ]);
    expect(explainRate(resolution)).toBe(
      'Client rate 100.00 EUR/h (valid from 2026-01-01). No rate for: member on project, task, project.',
    );
  });

  it('skips the task level for an entry without a task, and says so', () => {
    const resolution = resolveRate(rateBookFrom([task, project]), {
      ...entry,
      taskId: null,
    });
    expect(resolution).toMatchObject({ status: 'found', level: 'project' }); // 110.00/h, the task rate cannot apply
    expect(outcomes(resolution.checks).slice(0, 3)).toEqual([
      'member-on-project:none',
      'task:no-task',
      'project:applied',
    ]);
  });

  it('a rate of another task or another project does not apply', () => {
    const otherTask = rateSet(
      { level: 'task', projectId: ids.project, taskId: ids.design },
      '2020-01-01',
      99999,
    );
    const otherProject = rateSet(
      { level: 'project', projectId: ids.otherProject },
      '2020-01-01',
      99999,
    );
    const resolution = resolveRate(
      rateBookFrom([otherTask, otherProject, organisation]),
      entry,
    );
    expect(resolution).toMatchObject({
      status: 'found',
      level: 'organisation',
      ratePerHour: { amountMinor: 8000 },
    });
  });

  it('a member-on-project rate starting the day after the entry is not yet valid', () => {
    const tomorrow = rateSet(
      {
        level: 'member-on-project',
        memberId: ids.alice,
        projectId: ids.project,
      },
      '2026-03-11',
      13000,
    );
    const resolution = resolveRate(rateBookFrom([tomorrow, task]), entry);
    expect(resolution).toMatchObject({
      status: 'found',
      level: 'task',
      ratePerHour: { amountMinor: 12000 },
    });
    expect(resolution.checks[0]).toEqual({
      level: 'member-on-project',
      outcome: 'none',
    });
  });

  it('a member default in the organisation currency cannot bill a USD client: it is skipped and named', () => {
    const usdEntry: RatedEntry = { ...entry, currency: 'USD' };
    const usdClient = rateSet(
      { level: 'client', clientId: ids.client },
      '2026-01-01',
      10500,
      'USD',
    );
    expect(
      resolveRate(rateBookFrom([member, usdClient]), usdEntry),
    ).toMatchObject({
      status: 'found',
      level: 'client',
      ratePerHour: { amountMinor: 10500, currency: 'USD' },
    });
    const onlyMember = resolveRate(rateBookFrom([member]), usdEntry);
    expect(onlyMember.status).toBe('missing');
    expect(onlyMember.checks[4]).toEqual({
      level: 'member',
      outcome: 'other-currency',
      effectiveFrom: day('2025-01-01'),
      ratePerHour: { amountMinor: 9000, currency: 'EUR' },
    });
    expect(explainRate(onlyMember)).toContain(
      "member default rate 90.00 EUR/h skipped: not the client's currency.",
    );
  });

  it('no rate at any level: missing, every level says none', () => {
    const resolution = resolveRate(rateBookFrom([]), entry);
    expect(resolution.status).toBe('missing');
    expect(outcomes(resolution.checks)).toEqual([
      'member-on-project:none',
      'task:none',
      'project:none',
      'client:none',
      'member:none',
      'organisation:none',
    ]);
    expect(explainRate(resolution)).toMatch(/^Missing rate/);
  });

  it('a removed rate no longer applies; the next level takes over', () => {
    const removed: RateBookEvent = {
      type: 'billable-rate-removed',
      data: {
        organisationId: ids.organisation,
        scope: { level: 'task', projectId: ids.project, taskId: ids.build },
        effectiveFrom: day('2026-03-01'),
        removedRate: { amountMinor: 12000, currency: 'EUR' },
        reason: null,
      },
    };
    expect(
      resolveRate(rateBookFrom([project, task, removed]), entry),
    ).toMatchObject({ level: 'project' });
  });
});
