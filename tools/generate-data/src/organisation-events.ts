import { organisationStreams } from '@billing/organisation/domain';
import type { Random } from './random';
import type { DataSizes } from './sizes';

/** Events for one stream, appended together (the shapes the organisation deciders produce). */
export interface StreamBatch {
  stream: string;
  events: Array<{ type: string; data: Record<string, unknown> }>;
}

export interface GeneratedOrganisation {
  batches: StreamBatch[];
  timeZone: string;
  memberIds: string[];
  /** Each member's team from the first day (some move once, half-way). */
  projectsOfMember: Map<string, string[]>;
  tasksOfProject: Map<string, string[]>;
  firstDay: string;
}

const ROUNDINGS = [
  { mode: 'none' },
  { mode: 'up', incrementMinutes: 15 },
  { mode: 'nearest', incrementMinutes: 6 },
  { mode: 'down', incrementMinutes: 30 },
];
const CURRENCIES = ['EUR', 'EUR', 'EUR', 'USD', 'GBP', 'CHF'];

export function generateOrganisation(
  random: Random,
  sizes: DataSizes,
  firstDay: string,
  timeZone = 'Europe/Berlin',
): GeneratedOrganisation {
  const batches: StreamBatch[] = [];
  const organisationId = random.uuid();
  batches.push({
    stream: organisationStreams.organisation(organisationId),
    events: [
      {
        type: 'organisation-set-up',
        data: {
          organisationId,
          name: 'Generated GmbH',
          timeZone,
          defaultCurrency: 'EUR',
          invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
          defaultTimeRounding: { mode: 'none' },
          submissionDeadlineRule: {
            kind: 'nth-working-day-of-next-month',
            n: 3,
          },
        },
      },
    ],
  });
  const memberIds = Array.from({ length: sizes.members }, () => random.uuid());
  memberIds.forEach((memberId, index) => {
    const roles =
      index === 0
        ? ['admin']
        : index < 4
          ? ['finance']
          : index % 12 === 0
            ? ['responsible', 'member']
            : ['member'];
    batches.push({
      stream: organisationStreams.member(memberId),
      events: [
        {
          type: 'member-registered',
          data: {
            memberId,
            name: `Member ${index + 1}`,
            email: `member${index + 1}@generated.example.com`,
            roles,
          },
        },
      ],
    });
  });
  const teamIds = Array.from({ length: sizes.teams }, () => random.uuid());
  teamIds.forEach((teamId, index) => {
    batches.push({
      stream: organisationStreams.team(teamId),
      events: [
        {
          type: 'team-created',
          data: {
            teamId,
            name: `Team ${index + 1}`,
            responsibleIds: [memberIds[(index * 12) % memberIds.length]],
          },
        },
      ],
    });
  });
  const [year, month] = firstDay.split('-').map(Number) as [number, number];
  const midway = `${year + 1}-${String(month).padStart(2, '0')}-01`;
  memberIds.forEach((memberId, index) => {
    const events: StreamBatch['events'] = [
      {
        type: 'member-assigned-to-team',
        data: {
          memberId,
          teamId: teamIds[index % teamIds.length],
          from: firstDay,
        },
      },
    ];
    if (random.chance(0.1))
      events.push({
        type: 'member-assigned-to-team',
        data: { memberId, teamId: random.pick(teamIds), from: midway },
      });
    batches.push({
      stream: organisationStreams.teamMembership(memberId),
      events,
    });
  });
  const clientIds = Array.from({ length: sizes.clients }, () => random.uuid());
  const currencyOf = new Map<string, string>();
  clientIds.forEach((clientId, index) => {
    const currency = random.pick(CURRENCIES);
    currencyOf.set(clientId, currency);
    batches.push({
      stream: organisationStreams.client(clientId),
      events: [
        {
          type: 'client-created',
          data: {
            clientId,
            currency,
            name: `Client ${index + 1}`,
            taxRateBasisPoints: 1900,
            responsibleIds: [],
          },
        },
      ],
    });
  });
  const projectIds: string[] = [];
  const tasksOfProject = new Map<string, string[]>();
  for (let index = 0; index < sizes.projects; index++) {
    const projectId = random.uuid();
    const clientId = clientIds[index % clientIds.length] as string;
    projectIds.push(projectId);
    const taskIds = Array.from({ length: sizes.tasksPerProject }, () =>
      random.uuid(),
    );
    tasksOfProject.set(projectId, taskIds);
    batches.push({
      stream: organisationStreams.project(projectId),
      events: [
        {
          type: 'project-created',
          data: {
            projectId,
            clientId,
            currency: currencyOf.get(clientId),
            billingModel: { kind: 'hourly', invoiceLinesPer: 'member' },
            responsibleIds: [],
            memberIds: [],
            name: `Project ${index + 1}`,
            estimate: {},
            budgetAlertThresholdPercent: null,
            defaultBillable: true,
            requiredFields: { task: false, description: false },
            timeRounding: random.pick(ROUNDINGS),
          },
        },
        ...taskIds.map((taskId, t) => ({
          type: 'task-added',
          data: {
            projectId,
            taskId,
            name: `Task ${t + 1}`,
            estimateSeconds: null,
            billable: t !== 0,
          },
        })),
      ],
    });
  }
  // Each member works on 3 to 6 projects.
  const projectsOfMember = new Map(
    memberIds.map((memberId) => [
      memberId,
      Array.from({ length: random.int(3, 6) }, () => random.pick(projectIds)),
    ]),
  );
  return {
    batches,
    timeZone,
    memberIds,
    projectsOfMember,
    tasksOfProject,
    firstDay,
  };
}

/** A few renames late in the history (the read model must follow them). */
export function renameEvents(
  random: Random,
  organisation: GeneratedOrganisation,
  count: number,
): StreamBatch[] {
  const projectIds = [...organisation.tasksOfProject.keys()];
  return Array.from({ length: count }, (_, index) => {
    const projectId = random.pick(projectIds);
    return {
      stream: organisationStreams.project(projectId),
      events: [
        {
          type: 'project-details-changed',
          data: { projectId, name: `Project renamed ${index + 1}` },
        },
      ],
    };
  });
}
