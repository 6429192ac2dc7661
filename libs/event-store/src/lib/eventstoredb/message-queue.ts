interface Waiter<T> {
  resolve(result: IteratorResult<T>): void;
  reject(error: unknown): void;
}

export interface MessageQueueOptions {
  /** Called when the backlog reaches `highWaterMark` (pause the producer)... */
  onFull?: () => void;
  /** ...and when it has drained to half of it again (resume). */
  onDrained?: () => void;
  highWaterMark?: number;
}

/** A single-consumer async queue: push from callbacks, consume with `for await`. */
export class MessageQueue<T> implements AsyncIterable<T> {
  readonly #items: T[] = [];
  readonly #waiters: Waiter<T>[] = [];
  readonly #highWaterMark: number;
  #finished = false;
  #failure: { error: unknown } | undefined;
  #full = false;

  constructor(private readonly options: MessageQueueOptions = {}) {
    this.#highWaterMark = options.highWaterMark ?? 1_000;
  }

  push(item: T): void {
    if (this.#finished) {
      return;
    }
    const waiter = this.#waiters.shift();
    if (waiter) {
      waiter.resolve({ value: item, done: false });
      return;
    }
    this.#items.push(item);
    if (!this.#full && this.#items.length >= this.#highWaterMark) {
      this.#full = true;
      this.options.onFull?.();
    }
  }

  /** Ends the iteration once the queued items are consumed. */
  end(): void {
    this.#finished = true;
    this.settleWaiters();
  }

  /** Ends the iteration with an error once the queued items are consumed. */
  fail(error: unknown): void {
    if (this.#finished) {
      return;
    }
    this.#failure = { error };
    this.end();
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => this.next(),
      return: async () => {
        this.end();
        this.#items.length = 0;
        return { value: undefined, done: true };
      },
    };
  }

  private next(): Promise<IteratorResult<T>> {
    if (this.#items.length > 0) {
      const value = this.#items.shift() as T;
      if (this.#full && this.#items.length <= this.#highWaterMark / 2) {
        this.#full = false;
        this.options.onDrained?.();
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.#failure) {
      const { error } = this.#failure;
      this.#failure = undefined;
      return Promise.reject(error);
    }
    if (this.#finished) {
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) =>
      this.#waiters.push({ resolve, reject }),
    );
  }

  private settleWaiters(): void {
    for (const waiter of this.#waiters.splice(0)) {
      if (this.#failure) {
        waiter.reject(this.#failure.error);
        this.#failure = undefined;
      } else {
        waiter.resolve({ value: undefined, done: true });
      }
    }
  }
}
