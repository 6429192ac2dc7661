import type {
  CreateClientRequest,
  CreateMilestoneRequest,
  CreateProjectRequest,
  CreateTaskRequest,
  MemberRoleName,
} from '@billing/organisation/contracts';

/** The demo organisation the api seeds on an empty database (plain data; ids follow from the labels). */
export const DEMO_PASSWORD = 'demo-password-123';

export const DEMO_SETTINGS = {
  name: 'Demo Consulting GmbH',
  timeZone: 'Europe/Berlin',
  defaultCurrency: 'EUR',
  invoiceNumberFormat: 'INV-{YYYY}-{SEQ:4}',
};

export interface DemoMember {
  label: string;
  name: string;
  email: string;
  roles: MemberRoleName[];
  team?: 'delivery' | 'design';
  /** False: a colleague in the teams' numbers without a demo login (only the documented logins get a password). */
  login?: false;
}

export const DEMO_MEMBERS: DemoMember[] = [
  { label: 'finance', name: 'Fiona Finance', email: 'finance@example.com', roles: ['finance'] },
  { label: 'responsible', name: 'Rita Responsible', email: 'responsible@example.com', roles: ['responsible', 'member'], team: 'delivery' },
  { label: 'member', name: 'Max Member', email: 'member@example.com', roles: ['member'], team: 'delivery' },
  { label: 'auditor', name: 'Alan Auditor', email: 'auditor@example.com', roles: ['auditor'] },
  { label: 'sara', name: 'Sara Schmidt', email: 'sara.schmidt@example.com', roles: ['member'], team: 'delivery', login: false },
  { label: 'jonas', name: 'Jonas Weber', email: 'jonas.weber@example.com', roles: ['member'], team: 'delivery', login: false },
  { label: 'lena', name: 'Lena Fischer', email: 'lena.fischer@example.com', roles: ['member'], team: 'design', login: false },
  { label: 'tom', name: 'Tom Becker', email: 'tom.becker@example.com', roles: ['member'], team: 'design', login: false },
];

export const DEMO_TEAMS = [
  { label: 'delivery', name: 'Delivery', responsibleLabels: ['responsible'] },
  { label: 'design', name: 'Design', responsibleLabels: [] as string[] },
] as const;

export const DEMO_CLIENTS: (Omit<CreateClientRequest, 'responsibleIds'> & { label: string; responsibleLabels: string[] })[] = [
  { label: 'acme', name: 'Acme GmbH', currency: 'EUR', taxRateBasisPoints: 1900, responsibleLabels: ['responsible'] },
  { label: 'globex', name: 'Globex Inc.', currency: 'USD', taxRateBasisPoints: 0, responsibleLabels: [] },
  { label: 'tanaka', name: 'Tanaka KK', currency: 'JPY', taxRateBasisPoints: 1000, responsibleLabels: [] },
];

export interface DemoProject {
  label: string;
  clientLabel: string;
  project: Omit<CreateProjectRequest, 'clientId'>;
  /** Members assigned to the project (Rita is its responsible). */
  memberLabels: string[];
  tasks: CreateTaskRequest[];
  milestones: CreateMilestoneRequest[];
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    label: 'acme-support',
    clientLabel: 'acme',
    memberLabels: ['responsible', 'member', 'sara', 'jonas'],
    project: { name: 'Acme Support', billingModel: { kind: 'hourly', invoiceLinesPer: 'member' } },
    tasks: [{ name: 'Support' }, { name: 'Bug fixing' }],
    milestones: [],
  },
  {
    label: 'acme-relaunch',
    clientLabel: 'acme',
    memberLabels: ['responsible', 'member', 'lena', 'tom'],
    project: {
      name: 'Acme Website Relaunch',
      billingModel: { kind: 'fixed_fee', fee: { amountMinor: 2_000_000, currency: 'EUR' } },
      estimate: { seconds: 200 * 3600, amount: { amountMinor: 2_000_000, currency: 'EUR' } },
      budgetAlertThresholdPercent: 80,
    },
    tasks: [{ name: 'Design' }, { name: 'Development' }],
    milestones: [
      { name: 'Design approved', dueDate: '2026-03-31', amount: { amountMinor: 800_000, currency: 'EUR' } },
      { name: 'Go-live', dueDate: '2026-06-30', amount: { amountMinor: 1_200_000, currency: 'EUR' } },
    ],
  },
  {
    label: 'globex-retainer',
    clientLabel: 'globex',
    memberLabels: ['responsible', 'member', 'jonas'],
    project: {
      name: 'Globex Retainer',
      billingModel: {
        kind: 'per_period',
        fee: { amountMinor: 500_000, currency: 'USD' },
        periodUnit: 'month',
        includedSeconds: 20 * 3600,
        overageRateMinorPerHour: 15_000,
      },
    },
    tasks: [{ name: 'Consulting' }],
    milestones: [],
  },
  {
    label: 'tanaka-integration',
    clientLabel: 'tanaka',
    memberLabels: ['responsible', 'member', 'sara', 'tom'],
    project: {
      name: 'Tanaka Integration',
      billingModel: { kind: 'hourly', invoiceLinesPer: 'task' },
      requiredFields: { task: true, description: true },
    },
    tasks: [{ name: 'Analysis', estimateSeconds: 40 * 3600 }, { name: 'Implementation' }],
    milestones: [],
  },
];
