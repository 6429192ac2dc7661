export type ProjectionRunState = 'stopped' | 'waiting-for-lock' | 'active' | 'rebuilding';

/** `GET /audit/projections`: one row per read-model projection the api hosts. */
export interface ProjectionStatusView {
  name: string;
  state: ProjectionRunState;
  caughtUp: boolean;
  lastError: string | null;
  eventsBehind: number;
  eventsApplied: number;
  lastAppliedEventRecordedAt: string | null;
  lastAppliedEventAgeSeconds: number | null;
}

export interface ProjectionStatusList {
  items: ProjectionStatusView[];
}
