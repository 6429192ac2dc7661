import { ValidationError } from '../errors/domain-errors';

/** A string id branded with what it identifies, so a ClientId cannot be passed where a ProjectId is expected. */
export type Id<Brand extends string> = string & { readonly __idBrand: Brand };

export type OrganisationId = Id<'Organisation'>;
export type MemberId = Id<'Member'>;
export type TeamId = Id<'Team'>;
export type ClientId = Id<'Client'>;
export type ProjectId = Id<'Project'>;
export type TaskId = Id<'Task'>;
export type MilestoneId = Id<'Milestone'>;
export type TimeEntryId = Id<'TimeEntry'>;
export type InvoiceId = Id<'Invoice'>;
export type EventId = Id<'Event'>;

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** Validates an untrusted string as a UUID and brands it. */
export function parseId<Brand extends string>(
  value: unknown,
  path = 'id',
): Id<Brand> {
  if (!isUuid(value)) {
    throw ValidationError.single(
      path,
      `must be a lower-case UUID, got ${String(value)}`,
    );
  }
  return value as Id<Brand>;
}

/** Brands a string that is already known to be a valid id (e.g. read back from the store). */
export function asId<Brand extends string>(value: string): Id<Brand> {
  return value as Id<Brand>;
}
