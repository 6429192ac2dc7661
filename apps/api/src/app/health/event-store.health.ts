import { Inject, Injectable } from '@nestjs/common';
import {
  HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@billing/event-store';
import { checkDependency } from '@billing/shared/nest';

@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly indicators: HealthIndicatorService,
  ) {}

  check(): Promise<HealthIndicatorResult> {
    return checkDependency(this.indicators, 'eventStore', () =>
      this.eventStore.ping(),
    );
  }
}
