import { Query } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type { TimeAuditQuery as TimeAuditRequest, TimeAuditReport } from '@billing/time-tracking/contracts';

export class TimeAuditQuery extends Query<TimeAuditReport> {
  constructor(
    readonly principal: Principal,
    readonly query: TimeAuditRequest,
  ) {
    super();
  }
}
