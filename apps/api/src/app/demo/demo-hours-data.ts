import type { DemoWorker } from './demo-hours-plan';

/**
 * Who tracks demo hours on what (labels of the demo organisation's members, projects and task indexes, on projects
 * they are assigned to). Rita leads Acme; Max spreads over all clients and has not finished his last four working
 * days (Pace shows him behind); Lena in Design has two short days, still within 90 % of her month.
 */
export const DEMO_WORKERS: readonly DemoWorker[] = [
  {
    label: 'responsible',
    behindDays: 0,
    work: [
      { projectLabel: 'acme-support', taskIndex: 0, weight: 3, descriptions: ['Ticket triage and customer calls', 'Answered support tickets', 'Helped the customer with the export settings'] },
      { projectLabel: 'acme-relaunch', taskIndex: 0, weight: 2, descriptions: ['Homepage wireframes', 'Design review with the client', 'Style guide: colours and typography'] },
      { projectLabel: 'globex-retainer', taskIndex: 0, weight: 2, descriptions: ['Monthly steering call', 'Process consulting workshop', 'Roadmap review'] },
      { projectLabel: 'tanaka-integration', taskIndex: 0, weight: 1, descriptions: ['Requirements interview', 'Interface analysis of the ERP', 'Data mapping workshop'] },
    ],
  },
  {
    label: 'member',
    behindDays: 4,
    work: [
      { projectLabel: 'acme-support', taskIndex: 1, weight: 2, descriptions: ['Fixed the invoice PDF encoding', 'Bug fix: login timeout', 'Reproduced and fixed a sorting bug'] },
      { projectLabel: 'acme-relaunch', taskIndex: 1, weight: 3, descriptions: ['Implemented the product pages', 'CMS integration', 'Responsive navigation'] },
      { projectLabel: 'globex-retainer', taskIndex: 0, weight: 1, descriptions: ['Data quality analysis', 'Prepared the monthly report'] },
      { projectLabel: 'tanaka-integration', taskIndex: 1, weight: 3, descriptions: ['Order import job', 'Currency conversion for JPY amounts', 'Integration tests for the ERP interface'] },
    ],
  },
  {
    label: 'sara',
    behindDays: 0,
    work: [
      { projectLabel: 'acme-support', taskIndex: 0, weight: 2, descriptions: ['Second-level support', 'Customer call about user roles'] },
      { projectLabel: 'tanaka-integration', taskIndex: 0, weight: 2, descriptions: ['Analysed the order data model', 'Wrote the interface specification'] },
      { projectLabel: 'tanaka-integration', taskIndex: 1, weight: 3, descriptions: ['Implemented the customer sync', 'Error handling for the import', 'Code review of the ERP client'] },
    ],
  },
  {
    label: 'jonas',
    behindDays: 0,
    work: [
      { projectLabel: 'acme-support', taskIndex: 1, weight: 3, descriptions: ['Fixed a date formatting bug', 'Upgraded the reporting library', 'Regression tests'] },
      { projectLabel: 'globex-retainer', taskIndex: 0, weight: 2, descriptions: ['KPI dashboard consulting', 'Prepared the quarterly review'] },
    ],
  },
  {
    label: 'lena',
    behindDays: 2,
    work: [
      { projectLabel: 'acme-relaunch', taskIndex: 0, weight: 4, descriptions: ['Landing page layouts', 'Icon set', 'Usability test with five users', 'Mobile design variants'] },
      { projectLabel: 'acme-relaunch', taskIndex: 1, weight: 1, descriptions: ['Design QA of the product pages'] },
    ],
  },
  {
    label: 'tom',
    behindDays: 0,
    work: [
      { projectLabel: 'acme-relaunch', taskIndex: 0, weight: 2, descriptions: ['Illustrations for the About page', 'Photo selection and retouching'] },
      { projectLabel: 'tanaka-integration', taskIndex: 0, weight: 1, descriptions: ['UI concept for the order monitor'] },
      { projectLabel: 'tanaka-integration', taskIndex: 1, weight: 2, descriptions: ['Order monitor screens', 'Japanese labels and layout checks'] },
    ],
  },
];

/**
 * Every tracking member's expected hours for Pace: 7 hours Monday to Friday, so a normal demo day (6 to 8.5 hours,
 * 7.25 on average) keeps a month at or above 90 % and only the short days put someone behind.
 */
export const DEMO_WEEKDAY_SECONDS = [7, 7, 7, 7, 7, 0, 0].map((hours) => hours * 3600) as [number, number, number, number, number, number, number];

/** Billable rates in each client's currency (minor units per hour; JPY has no minor digits). */
export const DEMO_CLIENT_RATES: readonly { clientLabel: string; rateMinorPerHour: number; currency: string }[] = [
  { clientLabel: 'acme', rateMinorPerHour: 12_000, currency: 'EUR' },
  { clientLabel: 'globex', rateMinorPerHour: 15_000, currency: 'USD' },
  { clientLabel: 'tanaka', rateMinorPerHour: 18_000, currency: 'JPY' },
];

/** The organisation's default rate, for clients without their own. */
export const DEMO_ORGANISATION_RATE = { rateMinorPerHour: 9_000, currency: 'EUR' };

/** Rita as the senior on Acme Support bills more than the client's rate. */
export const DEMO_MEMBER_RATE = { memberLabel: 'responsible', projectLabel: 'acme-support', rateMinorPerHour: 14_000, currency: 'EUR' };

/** What an hour costs the organisation per member (in its default currency); the last one marks the seed complete. */
export const DEMO_COST_RATES: readonly { memberLabel: string; rateMinorPerHour: number; currency: string }[] = [
  { memberLabel: 'responsible', rateMinorPerHour: 6_500, currency: 'EUR' },
  { memberLabel: 'sara', rateMinorPerHour: 5_500, currency: 'EUR' },
  { memberLabel: 'jonas', rateMinorPerHour: 5_000, currency: 'EUR' },
  { memberLabel: 'lena', rateMinorPerHour: 5_200, currency: 'EUR' },
  { memberLabel: 'tom', rateMinorPerHour: 4_800, currency: 'EUR' },
  { memberLabel: 'member', rateMinorPerHour: 4_500, currency: 'EUR' },
];
