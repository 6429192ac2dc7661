import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { ProjectEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import { omit } from '../shared/read/omit';
import { asDomainEvent } from '../shared/read/recorded';
import { billingModelColumns } from './billing-model-columns';
import { ProjectRow } from './project.entity';

const PROJECT_EVENT_TYPES: readonly ProjectEvent['type'][] = [
  'project-created',
  'project-details-changed',
  'project-billing-model-changed',
  'project-responsibles-changed',
  'project-members-changed',
  'project-status-changed',
  'task-added',
  'task-changed',
  'task-archived',
  'milestone-added',
  'milestone-changed',
  'milestone-completed',
  'milestone-removed',
];

/**
 * `org_projects`. Every event of a project stream (task and milestone events too) moves the row's revision,
 * because the ETag of a project is its stream's revision.
 */
@Injectable()
export class ProjectsProjection implements Projection {
  readonly name = 'organisation-projects';
  readonly filter = { streamPrefixes: ['project-'], eventTypes: PROJECT_EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const rows = em.getRepository(ProjectRow);
    for (const recorded of events) {
      const event = asDomainEvent<ProjectEvent>(recorded);
      const id = event.data.projectId;
      const revision = recorded.revision;
      switch (event.type) {
        case 'project-created': {
          const { billingModel, ...project } = omit(event.data, 'projectId');
          await rows.save({ id, ...project, ...billingModelColumns(billingModel), status: 'active', revision });
          break;
        }
        case 'project-details-changed': {
          const changes = omit(event.data, 'projectId');
          await rows.update(id, { ...changes, revision });
          break;
        }
        case 'project-billing-model-changed':
          await rows.update(id, { ...billingModelColumns(event.data.billingModel), revision });
          break;
        case 'project-responsibles-changed':
          await rows.update(id, { responsibleIds: event.data.responsibleIds, revision });
          break;
        case 'project-members-changed':
          await rows.update(id, { memberIds: event.data.memberIds, revision });
          break;
        case 'project-status-changed':
          await rows.update(id, { status: event.data.to, revision });
          break;
        default:
          await rows.update(id, { revision });
      }
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from org_projects');
  }
}

export { PROJECT_EVENT_TYPES };
