/** Who asks for a change, and why: copied into every event's envelope. */
export interface CommandMetadata {
  /** Member id, or `system:<component>`. */
  actor: string;
  /** When the change happens in the business sense. */
  occurredAt: Date;
  reason?: string;
  /** Defaults to the request's correlation id. */
  correlationId?: string;
  causationId?: string;
}
