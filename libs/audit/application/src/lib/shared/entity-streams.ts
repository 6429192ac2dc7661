import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '@billing/audit/contracts';

export interface StreamEntity {
  entityType: AuditEntityType;
  entityId: string;
}

/** Known prefixes, longest first so `team-membership-` wins over `team-` and `invoice-numbering-` over `invoice-`. */
const PREFIXES = AUDIT_ENTITY_TYPES.filter((type) => type !== 'other')
  .map((type) => ({ type, prefix: `${type}-` }))
  .sort((a, b) => b.prefix.length - a.prefix.length);

/** `time-entry-<id>` -> time-entry <id>; a stream of no known shape is `other`, identified by its whole name. */
export function entityOfStream(stream: string): StreamEntity {
  const match = PREFIXES.find(({ prefix }) => stream.startsWith(prefix) && stream.length > prefix.length);
  return match === undefined
    ? { entityType: 'other', entityId: stream }
    : { entityType: match.type, entityId: stream.slice(match.prefix.length) };
}

export function streamOfEntity(entity: StreamEntity): string {
  return entity.entityType === 'other' ? entity.entityId : `${entity.entityType}-${entity.entityId}`;
}
