import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { NotFoundError } from '@billing/shared/kernel';
import { ProjectRow } from './project.entity';

/**
 * `projects.write` on one project: a responsible reaches it through the project or its client. Projects, their
 * tasks and their milestones all go through here.
 */
@Injectable()
export class ProjectWriteAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async assert(principal: Principal, projectId: string): Promise<void> {
    this.policy.assert(principal, 'projects.write');
    const project = await this.dataSource.getRepository(ProjectRow).findOneBy({ id: projectId });
    if (project === null) throw new NotFoundError('Project', projectId);
    this.policy.assert(principal, 'projects.write', { projectId, clientId: project.clientId });
  }
}
