import {
  InvoiceId,
  MemberId,
  ProjectId,
  TaskId,
  TeamId,
  TimeEntryId,
  TimeZone,
  UTC,
  parseTimeZone,
} from '@billing/shared/kernel';
import { NOTHING_CLOSED } from '../calendar/closed-periods';
import { Instant } from '../shared/instant';
import { ProjectSnapshot, TimeEntryDecisionContext } from '../time-entry/time-entry.context';
import { TimeEntryDetails, TimeEntryEvent } from '../time-entry/time-entry.events';

/** Fixed ids and snapshots for the specs; nothing here reads a clock or generates anything. */
const uuid = (suffix: string) => `00000000-0000-4000-8000-${suffix.padStart(12, '0')}`;

export const ALICE = uuid('a1') as MemberId;
export const BOB = uuid('b0b') as MemberId;
export const RESPONSIBLE = uuid('e5') as MemberId;
export const ENTRY = uuid('e1') as TimeEntryId;
export const OTHER_ENTRY = uuid('e2') as TimeEntryId;
export const PROJECT = uuid('901') as ProjectId;
export const OTHER_PROJECT = uuid('902') as ProjectId;
export const TASK_DESIGN = uuid('7a1') as TaskId;
export const TASK_INTERNAL = uuid('7a2') as TaskId;
export const TASK_ARCHIVED = uuid('7a3') as TaskId;
export const TASK_OF_OTHER_PROJECT = uuid('7b1') as TaskId;
export const TEAM_RED = uuid('7e1') as TeamId;
export const INVOICE = uuid('1f1') as InvoiceId;
export const OTHER_INVOICE = uuid('1f2') as InvoiceId;

export const BERLIN = parseTimeZone('Europe/Berlin');
export const NEW_YORK = parseTimeZone('America/New_York');
export { UTC };

export const instant = (text: string): Instant => text as Instant;

/** Active project, Alice assigned; design follows the project default, internal is never billable. */
export const project: ProjectSnapshot = {
  projectId: PROJECT,
  status: 'active',
  memberIds: [ALICE],
  defaultBillable: true,
  requiredFields: { task: false, description: false },
  tasks: [
    { taskId: TASK_DESIGN, archived: false },
    { taskId: TASK_INTERNAL, archived: false, billable: false },
    { taskId: TASK_ARCHIVED, archived: true },
  ],
};

export const otherProject: ProjectSnapshot = {
  projectId: OTHER_PROJECT,
  status: 'active',
  memberIds: [ALICE, BOB],
  defaultBillable: false,
  requiredFields: { task: true, description: true },
  tasks: [{ taskId: TASK_OF_OTHER_PROJECT, archived: false, billable: true }],
};

export function context(overrides: Partial<TimeEntryDecisionContext> = {}): TimeEntryDecisionContext {
  return {
    timeZone: UTC as TimeZone,
    actorAuthority: 'self',
    isPeriodClosed: NOTHING_CLOSED,
    project,
    ...overrides,
  };
}

export const details: TimeEntryDetails = {
  projectId: PROJECT,
  taskId: TASK_DESIGN,
  description: 'Wireframes',
  tags: ['ux'],
  billable: true,
};

/** Alice's timer on the design task, running since 2026-03-10 09:00 UTC. */
export const started = (startedAt = '2026-03-10T09:00:00Z', entryId = ENTRY): TimeEntryEvent => ({
  type: 'time-entry-started',
  data: {
    entryId,
    memberId: ALICE,
    ...details,
    source: 'timer',
    startedAt: instant(startedAt),
    recordedAt: instant(startedAt),
  },
});

/** Alice's manual entry 2026-03-10 09:00-11:00 UTC (7,200 s), written the same day at 17:00. */
export const logged = (
  startedAt = '2026-03-10T09:00:00Z',
  endedAt = '2026-03-10T11:00:00Z',
  durationSeconds = 7_200,
): TimeEntryEvent => ({
  type: 'time-entry-logged',
  data: {
    entryId: ENTRY,
    memberId: ALICE,
    ...details,
    source: 'manual',
    externalId: null,
    startedAt: instant(startedAt),
    endedAt: instant(endedAt),
    durationSeconds,
    recordedAt: instant('2026-03-10T17:00:00Z'),
  },
});

export const billedBy = (invoiceId: InvoiceId = INVOICE): TimeEntryEvent => ({
  type: 'time-entry-billed',
  data: { entryId: ENTRY, billing: { kind: 'invoice', invoiceId } },
});

export const deleted: TimeEntryEvent = { type: 'time-entry-deleted', data: { entryId: ENTRY, reason: null } };
