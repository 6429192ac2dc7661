import { MemberId } from '@billing/shared/kernel';

/** An event as the domain produces it: a stable stored `type` name (never rename one) and plain JSON data. */
export interface DomainEvent<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

/** A command names its use case and carries the acting member; who and when travel in the envelope too. */
export interface DomainCommand<Type extends string, Data> {
  readonly type: Type;
  readonly actorId: MemberId;
  readonly data: Data;
}
