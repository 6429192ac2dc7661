import { Query } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CalendarPreviewResponse } from '@billing/time-tracking/contracts';

export class CalendarPreviewQuery extends Query<CalendarPreviewResponse> {
  constructor(
    readonly principal: Principal,
    readonly icsText: string,
    readonly from: string | undefined,
    readonly to: string | undefined,
  ) {
    super();
  }
}
