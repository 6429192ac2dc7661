import { MemberId } from '@billing/shared/kernel';

/** A stored event: a stable `type` name (never rename one) and plain JSON data. Actor and time travel in the envelope. */
export interface DomainEvent<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

/** A command names its use case and carries the acting member and the instant it was issued (ISO 8601, from the clock). */
export interface DomainCommand<Type extends string, Data> {
  readonly type: Type;
  readonly actorId: MemberId;
  readonly at: string;
  readonly data: Data;
}
