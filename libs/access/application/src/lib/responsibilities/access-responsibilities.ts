import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Responsibilities } from '@billing/access/domain';
import { isUuid } from '@billing/shared/kernel';
import { AccessResponsibility } from './access-responsibility.entity';

/** Queries on the `access_responsibilities` read model. */
@Injectable()
export class AccessResponsibilities {
  constructor(
    @InjectRepository(AccessResponsibility)
    private readonly rows: Repository<AccessResponsibility>,
  ) {}

  async of(memberId: string): Promise<Responsibilities> {
    const responsibilities = {
      clientIds: [] as string[],
      projectIds: [] as string[],
      teamIds: [] as string[],
    };
    if (!isUuid(memberId)) return responsibilities;
    const rows = await this.rows.find({
      where: { memberId },
      order: { resourceKind: 'ASC', resourceId: 'ASC' },
    });
    for (const row of rows) {
      if (row.resourceKind === 'client')
        responsibilities.clientIds.push(row.resourceId);
      if (row.resourceKind === 'project')
        responsibilities.projectIds.push(row.resourceId);
      if (row.resourceKind === 'team')
        responsibilities.teamIds.push(row.resourceId);
    }
    return responsibilities;
  }
}
