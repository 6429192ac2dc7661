import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { ProjectEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import { PROJECT_EVENT_TYPES } from '../projects/projects.projection';
import { omit } from '../shared/read/omit';
import { asDomainEvent } from '../shared/read/recorded';
import { TaskRow } from './task.entity';

/**
 * `org_tasks`. Every event of the project stream moves the revision of all its tasks: If-Match on a task is
 * the project's revision.
 */
@Injectable()
export class TasksProjection implements Projection {
  readonly name = 'organisation-tasks';
  readonly filter = { streamPrefixes: ['project-'], eventTypes: PROJECT_EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const rows = em.getRepository(TaskRow);
    for (const recorded of events) {
      const event = asDomainEvent<ProjectEvent>(recorded);
      const projectId = event.data.projectId;
      switch (event.type) {
        case 'task-added': {
          const { taskId, ...task } = event.data;
          await rows.save({ id: taskId, ...task, archived: false, revision: recorded.revision });
          break;
        }
        case 'task-changed': {
          const { taskId, ...changes } = omit(event.data, 'projectId');
          await rows.update(taskId, changes);
          break;
        }
        case 'task-archived':
          await rows.update(event.data.taskId, { archived: true });
          break;
        default:
          break;
      }
      await rows.update({ projectId }, { revision: recorded.revision });
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from org_tasks');
  }
}
