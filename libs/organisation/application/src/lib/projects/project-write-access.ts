import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { NotFoundError } from '@billing/shared/kernel';
import { StreamLookups } from '../shared/write/stream-lookups';

/**
 * `projects.write` on one project: a responsible reaches it through the project or its client. Projects, their
 * tasks and their milestones all go through here. The client comes from the project's stream (never stale).
 */
@Injectable()
export class ProjectWriteAccess {
  constructor(
    private readonly lookups: StreamLookups,
    private readonly policy: AccessPolicy,
  ) {}

  async assert(principal: Principal, projectId: string): Promise<void> {
    this.policy.assert(principal, 'projects.write');
    const project = await this.lookups.project(projectId);
    if (project.status === 'none') throw new NotFoundError('Project', projectId);
    this.policy.assert(principal, 'projects.write', { projectId, clientId: project.clientId });
  }
}
