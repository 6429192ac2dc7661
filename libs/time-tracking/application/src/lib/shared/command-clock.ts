import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { type Instant, instantFromEpochSeconds } from '@billing/time-tracking/domain';

/** The instant a command is issued at: the clock, at whole seconds. */
@Injectable()
export class CommandClock {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  now(): Instant {
    return instantFromEpochSeconds(Math.floor(this.clock.now().getTime() / 1000));
  }

  date(): Date {
    return this.clock.now();
  }
}
