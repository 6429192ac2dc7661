import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { ProjectEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import { PROJECT_EVENT_TYPES } from '../projects/projects.projection';
import { omit } from '../shared/read/omit';
import { asDomainEvent } from '../shared/read/recorded';
import { MilestoneRow } from './milestone.entity';

/** `org_milestones`. Like tasks, every project event moves the revision of all the project's milestones. */
@Injectable()
export class MilestonesProjection implements Projection {
  readonly name = 'organisation-milestones';
  readonly filter = { streamPrefixes: ['project-'], eventTypes: PROJECT_EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const rows = em.getRepository(MilestoneRow);
    for (const recorded of events) {
      const event = asDomainEvent<ProjectEvent>(recorded);
      const projectId = event.data.projectId;
      switch (event.type) {
        case 'milestone-added': {
          const { milestoneId, amount, ...milestone } = event.data;
          await rows.save({
            id: milestoneId,
            ...milestone,
            amountMinor: amount.amountMinor,
            currency: amount.currency,
            completedOn: null,
            revision: recorded.revision,
          });
          break;
        }
        case 'milestone-changed': {
          const { milestoneId, amount, ...changes } = omit(event.data, 'projectId');
          await rows.update(milestoneId, {
            ...changes,
            ...(amount === undefined ? {} : { amountMinor: amount.amountMinor }),
          });
          break;
        }
        case 'milestone-completed':
          await rows.update(event.data.milestoneId, { completedOn: event.data.completedOn });
          break;
        case 'milestone-removed':
          await rows.delete(event.data.milestoneId);
          break;
        default:
          break;
      }
      await rows.update({ projectId }, { revision: recorded.revision });
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from org_milestones');
  }
}
