/**
 * One Idempotency-Key per submission: retrying the same payload after a failure that may have reached the server
 * (no answer, 5xx) reuses the key, so the server returns the first result instead of creating a second record.
 * A different payload, or a submission the server answered definitively, gets a fresh key.
 */
export class IdempotencyKeys {
  private pending: { readonly payload: string; readonly key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  keyFor(payload: unknown): string {
    const serialised = JSON.stringify(payload ?? null);
    if (this.pending?.payload !== serialised) {
      this.pending = { payload: serialised, key: this.newKey() };
    }
    return this.pending.key;
  }

  /** The server answered (success or refusal): the next submission is a new one. */
  settle(): void {
    this.pending = null;
  }
}
