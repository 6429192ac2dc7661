import { Query } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { CurrentTimerView } from '@billing/time-tracking/contracts';

export class CurrentTimerQuery extends Query<CurrentTimerView> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
  ) {
    super();
  }
}
