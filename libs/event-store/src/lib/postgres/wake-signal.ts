/**
 * A level-triggered wake-up: `wait` returns at once if `fire` was called since the caller's last look,
 * otherwise when fired, when the timeout passes, or when aborted.
 */
export class WakeSignal {
  private generation = 0;
  private waiters = new Set<() => void>();

  get current(): number {
    return this.generation;
  }

  fire(): void {
    this.generation += 1;
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const resolve of waiters) {
      resolve();
    }
  }

  wait(
    seenGeneration: number,
    timeoutMs: number,
    abort: AbortSignal,
  ): Promise<void> {
    if (this.generation !== seenGeneration || abort.aborted) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        abort.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      abort.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }
}
