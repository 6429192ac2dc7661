/** Port: what time it is. Domain code receives instants; only adapters ask a clock. */
export interface Clock {
  now(): Date;
}

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock for tests that stands still until told to move. */
export class FixedClock implements Clock {
  private current: number;

  constructor(instant: Date | string) {
    this.current = new Date(instant).getTime();
    if (Number.isNaN(this.current)) {
      throw new RangeError(`Invalid instant: ${String(instant)}`);
    }
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  advanceBy(milliseconds: number): void {
    this.current += milliseconds;
  }
}
