import { MemberId } from '@billing/shared/kernel';
import { Instant } from './instant';

/**
 * An event as the domain produces it: a stable stored `type` name (never rename one: history is stored under it)
 * and plain, JSON-safe business data. Who did it and when travel in the envelope's metadata.
 */
export interface DomainEvent<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

/** A command names its use case and carries the acting member and the instant it was issued (from the clock). */
export interface DomainCommand<Type extends string, Data> {
  readonly type: Type;
  readonly actorId: MemberId;
  readonly at: Instant;
  readonly data: Data;
}
