import { Entity, PrimaryColumn } from 'typeorm';

export type ResponsibilityKind = 'team' | 'client' | 'project';

/** Read model `access_responsibilities`: one row per (team, client or project, responsible member). */
@Entity('access_responsibilities')
export class AccessResponsibility {
  @PrimaryColumn({ name: 'resource_kind', type: 'text' })
  resourceKind!: ResponsibilityKind;

  @PrimaryColumn({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;
}
