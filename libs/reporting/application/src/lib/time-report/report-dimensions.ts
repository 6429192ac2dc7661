import type { ReportGroupBy } from '@billing/reporting/contracts';
import { LIVE_REPORT_TABLES } from '../read-model/report-tables';

export interface ReportDimension {
  /** Column of `rpt_time_entries` grouped by. */
  column: string;
  /** Dimension table and its key column, for labels; calendar keys are their own label. */
  labels?: { table: string; key: string };
  /** Label of a null key (no task, no team). */
  nullLabel: string;
  /** Calendar keys sort by key; names by label. */
  sortByKey: boolean;
}

const t = LIVE_REPORT_TABLES;

export const REPORT_DIMENSIONS: Readonly<
  Record<ReportGroupBy, ReportDimension>
> = {
  client: {
    column: 'client_id',
    labels: { table: t.clients, key: 'client_id' },
    nullLabel: '(no client)',
    sortByKey: false,
  },
  project: {
    column: 'project_id',
    labels: { table: t.projects, key: 'project_id' },
    nullLabel: '(no project)',
    sortByKey: false,
  },
  task: {
    column: 'task_id',
    labels: { table: t.tasks, key: 'task_id' },
    nullLabel: '(no task)',
    sortByKey: false,
  },
  member: {
    column: 'member_id',
    labels: { table: t.members, key: 'member_id' },
    nullLabel: '(no member)',
    sortByKey: false,
  },
  team: {
    column: 'team_id',
    labels: { table: t.teams, key: 'team_id' },
    nullLabel: '(no team)',
    sortByKey: false,
  },
  day: { column: 'local_day', nullLabel: '(no day)', sortByKey: true },
  week: { column: 'week_key', nullLabel: '(no week)', sortByKey: true },
  month: { column: 'month_key', nullLabel: '(no month)', sortByKey: true },
};
