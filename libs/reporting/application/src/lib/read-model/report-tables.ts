/** Table names of the report read model; a shadow rebuild uses the same set with a suffix. */
export interface ReportTables {
  /** One row per time entry (live ones are counted; deleted and running ones are kept for their next event). */
  entries: string;
  settings: string;
  members: string;
  teams: string;
  memberships: string;
  clients: string;
  projects: string;
  tasks: string;
  /** The organisation's rate book as folded by this projection (JSON of the rates domain's RateBook). */
  rateBooks: string;
  /** Every version of every entry row, valid from the recorded-at of the event that produced it (as-of reports). */
  versions: string;
}

const BASE: ReportTables = {
  entries: 'rpt_time_entries',
  settings: 'rpt_settings',
  members: 'rpt_members',
  teams: 'rpt_teams',
  memberships: 'rpt_team_memberships',
  clients: 'rpt_clients',
  projects: 'rpt_projects',
  tasks: 'rpt_tasks',
  rateBooks: 'rpt_rate_books',
  versions: 'rpt_time_entry_versions',
};

export const SHADOW_SUFFIX = '__shadow';

export function reportTables(suffix = ''): ReportTables {
  if (!/^[a-z0-9_]*$/.test(suffix))
    throw new Error(`Invalid table suffix ${suffix}`);
  return Object.fromEntries(
    Object.entries(BASE).map(([key, name]) => [key, `${name}${suffix}`]),
  ) as unknown as ReportTables;
}

export const LIVE_REPORT_TABLES = reportTables();

/** Every table of the set, dimension tables first, versions last (the order the swap locks and renames them in). */
export function tableList(tables: ReportTables): string[] {
  return [
    tables.settings,
    tables.members,
    tables.teams,
    tables.memberships,
    tables.clients,
    tables.projects,
    tables.tasks,
    tables.rateBooks,
    tables.entries,
    tables.versions,
  ];
}
