/**
 * The kinds of entity an audited stream belongs to, named after the stream prefix (`time-entry-<id>` is a
 * `time-entry`). Streams of any other shape are listed as `other` with the whole stream name as the entity id.
 */
export const AUDIT_ENTITY_TYPES = [
  'organisation',
  'member',
  'team',
  'team-membership',
  'client',
  'project',
  'time-entry',
  'timer',
  'rate-book',
  'invoice',
  'invoice-numbering',
  'period',
  'other',
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
