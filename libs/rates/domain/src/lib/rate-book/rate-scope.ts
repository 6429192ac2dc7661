import { ClientId, MemberId, ProjectId, TaskId } from '@billing/shared/kernel';

/** The six levels of billable rates, most specific first (SPEC "Rates"). The order is the precedence. */
export const RATE_LEVELS = [
  'member-on-project',
  'task',
  'project',
  'client',
  'member',
  'organisation',
] as const;
export type RateLevel = (typeof RATE_LEVELS)[number];

/** What a billable rate applies to. Each scope has its own effective-dated timeline. */
export type RateScope =
  | {
      readonly level: 'member-on-project';
      readonly memberId: MemberId;
      readonly projectId: ProjectId;
    }
  | {
      readonly level: 'task';
      readonly projectId: ProjectId;
      readonly taskId: TaskId;
    }
  | { readonly level: 'project'; readonly projectId: ProjectId }
  | { readonly level: 'client'; readonly clientId: ClientId }
  | { readonly level: 'member'; readonly memberId: MemberId }
  | { readonly level: 'organisation' };

/**
 * Which currency a level must be in: the client's for the four client-owned levels, the organisation's default
 * for a member's default rate and the organisation default.
 */
export function currencySourceOf(level: RateLevel): 'client' | 'organisation' {
  switch (level) {
    case 'member-on-project':
    case 'task':
    case 'project':
    case 'client':
      return 'client';
    case 'member':
    case 'organisation':
      return 'organisation';
    default: {
      const unknown: never = level;
      throw new Error(`Unknown rate level ${String(unknown)}`);
    }
  }
}

/** A stable text key of a scope, e.g. `task:<projectId>:<taskId>`; used as the timeline key in the rate book. */
export function rateScopeKey(scope: RateScope): string {
  switch (scope.level) {
    case 'member-on-project':
      return `member-on-project:${scope.memberId}:${scope.projectId}`;
    case 'task':
      return `task:${scope.projectId}:${scope.taskId}`;
    case 'project':
      return `project:${scope.projectId}`;
    case 'client':
      return `client:${scope.clientId}`;
    case 'member':
      return `member:${scope.memberId}`;
    case 'organisation':
      return 'organisation';
    default: {
      const unknown: never = scope;
      throw new Error(`Unknown rate scope ${JSON.stringify(unknown)}`);
    }
  }
}

/** The ids a scope names, for field validation. */
export function idsOfScope(scope: RateScope): Array<[string, string]> {
  switch (scope.level) {
    case 'member-on-project':
      return [
        ['scope.memberId', scope.memberId],
        ['scope.projectId', scope.projectId],
      ];
    case 'task':
      return [
        ['scope.projectId', scope.projectId],
        ['scope.taskId', scope.taskId],
      ];
    case 'project':
      return [['scope.projectId', scope.projectId]];
    case 'client':
      return [['scope.clientId', scope.clientId]];
    case 'member':
      return [['scope.memberId', scope.memberId]];
    case 'organisation':
      return [];
    default: {
      const unknown: never = scope;
      throw new Error(`Unknown rate scope ${JSON.stringify(unknown)}`);
    }
  }
}

export function isRateLevel(value: unknown): value is RateLevel {
  return (
    typeof value === 'string' &&
    (RATE_LEVELS as readonly string[]).includes(value)
  );
}
