/** The tabs of the Audit section, in order. */
export const AUDIT_PAGES = [
  { path: 'log', label: 'Audit log' },
  { path: 'history', label: 'Entity history' },
  { path: 'verify', label: 'Verification' },
  { path: 'replay', label: 'Replay and diff' },
  { path: 'projections', label: 'Projections' },
  { path: 'as-of', label: 'Reports as of a close' },
] as const;
