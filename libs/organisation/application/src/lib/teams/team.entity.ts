import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TeamStatus } from '@billing/organisation/contracts';

@Entity('org_teams')
export class TeamRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'responsible_ids', type: 'uuid', array: true })
  responsibleIds!: string[];

  @Column({ type: 'text' })
  status!: TeamStatus;

  @Column({ type: 'integer' })
  revision!: number;
}

/**
 * `org_team_memberships`: one row per effective-dated change of a member's team (team null: in no team),
 * `until` being the next change's date. Revision: the member's team-membership stream.
 */
@Entity('org_team_memberships')
export class TeamMembershipRow {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @PrimaryColumn({ name: 'from_date', type: 'text' })
  from!: string;

  @Column({ name: 'until_date', type: 'text', nullable: true })
  until!: string | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ type: 'integer' })
  revision!: number;
}
