export interface DataSizes {
  members: number;
  teams: number;
  clients: number;
  projects: number;
  tasksPerProject: number;
  entries: number;
  months: number;
}

/** The organisation: 500 members in 40 teams, 150 clients, 600 projects, 1,000,000 entries over 24 months. */
export const FULL_SIZES: DataSizes = {
  members: 500,
  teams: 40,
  clients: 150,
  projects: 600,
  tasksPerProject: 4,
  entries: 1_000_000,
  months: 24,
};

/** `--small`: the same shape, about 2% of the entries. */
export const SMALL_SIZES: DataSizes = {
  members: 50,
  teams: 5,
  clients: 15,
  projects: 60,
  tasksPerProject: 3,
  entries: 20_000,
  months: 24,
};
