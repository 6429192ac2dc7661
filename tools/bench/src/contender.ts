import type { EventToAppend } from '@billing/event-store';

/** One system under measurement: the event store, the plain-table baseline or the peer. */
export interface Contender {
  readonly name: string;
  /** Appends without a revision check (`any`). */
  append(stream: string, events: EventToAppend[]): Promise<void>;
  /** The command path: read the whole stream, then append with the exact revision just read. */
  readThenAppend(stream: string, events: EventToAppend[]): Promise<void>;
  close(): Promise<void>;
}
