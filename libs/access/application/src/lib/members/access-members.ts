import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isUuid } from '@billing/shared/kernel';
import { normaliseEmail } from '@billing/organisation/domain';
import { AccessMember } from './access-member.entity';

/** Queries on the `access_members` read model. */
@Injectable()
export class AccessMembers {
  constructor(
    @InjectRepository(AccessMember)
    private readonly members: Repository<AccessMember>,
  ) {}

  /** The member when it exists and is active; undefined otherwise (also for a malformed id). */
  async findActive(memberId: string): Promise<AccessMember | undefined> {
    if (!isUuid(memberId)) return undefined;
    const member = await this.members.findOneBy({ memberId, active: true });
    return member ?? undefined;
  }

  async find(memberId: string): Promise<AccessMember | undefined> {
    if (!isUuid(memberId)) return undefined;
    return (await this.members.findOneBy({ memberId })) ?? undefined;
  }

  async findByEmail(email: string): Promise<AccessMember | undefined> {
    const member = await this.members.findOneBy({
      email: normaliseEmail(email),
    });
    return member ?? undefined;
  }

  /** True once the read model reflects the member stream up to `revision`. */
  async hasReached(memberId: string, revision: number): Promise<boolean> {
    const member = await this.find(memberId);
    return member !== undefined && member.streamRevision >= revision;
  }
}
