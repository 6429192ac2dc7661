import { MemberId } from '@billing/shared/kernel';

/**
 * An event as the domain produces it: a stable stored `type` name (never rename one: history is stored under it)
 * and plain business data. Who did it and when travel in the envelope's metadata, not here.
 */
export interface DomainEvent<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

/** A command names its use case and always carries the acting member. */
export interface DomainCommand<Type extends string, Data> {
  readonly type: Type;
  readonly actorId: MemberId;
  readonly data: Data;
}
