import type {
  ClientEvent,
  ProjectEvent,
  TeamEvent,
} from '@billing/organisation/domain';
import type { ResponsibilityKind } from './access-responsibility.entity';

/** The organisation events that name who is responsible for a team, a client or a project. */
export const RESPONSIBLE_EVENT_TYPES = [
  'team-created',
  'team-responsibles-changed',
  'client-created',
  'client-details-changed',
  'project-created',
  'project-responsibles-changed',
] as const;

export interface ResponsiblesSet {
  kind: ResponsibilityKind;
  resourceId: string;
  responsibleIds: readonly string[];
}

/**
 * The responsibles an event sets (replacing the previous ones), or undefined when it leaves them as they are.
 * Archiving keeps them: a responsible still answers for the history of what they were responsible for.
 */
export function responsiblesSetBy(
  event: TeamEvent | ClientEvent | ProjectEvent,
): ResponsiblesSet | undefined {
  switch (event.type) {
    case 'team-created':
    case 'team-responsibles-changed':
      return {
        kind: 'team',
        resourceId: event.data.teamId,
        responsibleIds: event.data.responsibleIds,
      };
    case 'client-created':
    case 'client-details-changed':
      return event.data.responsibleIds === undefined
        ? undefined
        : {
            kind: 'client',
            resourceId: event.data.clientId,
            responsibleIds: event.data.responsibleIds,
          };
    case 'project-created':
    case 'project-responsibles-changed':
      return {
        kind: 'project',
        resourceId: event.data.projectId,
        responsibleIds: event.data.responsibleIds,
      };
    default:
      return undefined;
  }
}
