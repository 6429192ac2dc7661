export interface TimePage {
  readonly path: 'week' | 'entries' | 'import' | 'audit';
  readonly label: string;
}

/** The Time sub-navigation, in order. Everyone who may open the section may use all four. */
export const TIME_PAGES: readonly TimePage[] = [
  { path: 'week', label: 'Week' },
  { path: 'entries', label: 'Entries' },
  { path: 'import', label: 'Calendar import' },
  { path: 'audit', label: 'Quality audit' },
];
