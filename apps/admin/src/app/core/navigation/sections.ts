import { Section, SectionId } from './section';

/** The sections of the admin app, in navigation order. */
export const SECTIONS: readonly Section[] = [
  {
    id: 'time',
    label: 'Time',
    icon: 'schedule',
    path: 'time',
    summary: 'Record and correct working time.',
    plannedContent: [
      'A timer to start and stop, with at most one running at a time',
      'Manual entries by start and end or by duration, for a project and task',
      'Calendar import from ICS files',
      'Edits and deletions kept as history, refused in closed periods',
    ],
  },
  {
    id: 'reports',
    label: 'Reports',
    icon: 'bar_chart',
    path: 'reports',
    summary: 'Totals of tracked, billable and billed time, amounts, cost and profit.',
    plannedContent: [
      'Filters by period, client, project, task, member, team, tag, billable and billed',
      'Grouping by up to three levels, with totals per group',
      'Saved reports and signed, expiring share links',
      'Exports to CSV, XLSX, PDF and JSON with progress',
      'Any report "as of" a past moment',
    ],
  },
  {
    id: 'billing',
    label: 'Billing',
    icon: 'receipt_long',
    path: 'billing',
    summary: 'Turn billable time into invoices.',
    plannedContent: [
      'Billing runs proposing invoice drafts for hourly, fixed-fee and per-period projects',
      'Editing draft lines, discounts and notes, then issuing with a gapless invoice number',
      'Voiding invoices, and marking time as billed without an invoice',
    ],
  },
  {
    id: 'close',
    label: 'Close',
    icon: 'lock',
    path: 'close',
    summary: 'Month-end close of periods.',
    plannedContent: [
      'The close checklist: running timers, missing hours, missing rates, unbilled billable hours',
      'Closing a period for the organisation or a team',
      'Reopening with a written reason',
      'Submission deadlines for each month',
    ],
  },
  {
    id: 'pace',
    label: 'Pace',
    icon: 'speed',
    path: 'pace',
    summary: 'Expected against tracked hours.',
    plannedContent: [
      'Expected, tracked and missing hours per member, day, week, team and period',
      'Who is behind (under 90 % of expected to date)',
      'Work schedules, holidays and time off',
      'Reminders and weekly summaries',
    ],
  },
  {
    id: 'audit',
    label: 'Audit',
    icon: 'policy',
    path: 'audit',
    summary: 'Who changed what, when and why.',
    plannedContent: [
      'The event history of any record',
      'The audit log, filtered by actor, event type, record and time',
      'Replay of read models and a comparison with the live ones',
      'Verification of the tamper-evident hash chain',
    ],
  },
  {
    id: 'setup',
    label: 'Setup',
    icon: 'settings',
    path: 'setup',
    summary: 'How the organisation is set up.',
    plannedContent: [
      'Organisation settings: time zone, invoice numbering, taxes',
      'Clients, projects, tasks and billing models',
      'Billable rates and cost rates, effective-dated',
      'Members, teams and roles (admins only)',
    ],
  },
];

export function sectionById(id: SectionId): Section {
  const section = SECTIONS.find((candidate) => candidate.id === id);
  if (!section) {
    throw new Error(`Unknown section: ${id}`);
  }
  return section;
}
