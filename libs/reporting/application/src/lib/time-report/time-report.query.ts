import { Query } from '@nestjs/cqrs';
import type { Principal } from '@billing/access/domain';
import type {
  TimeReport,
  TimeReportRequest,
} from '@billing/reporting/contracts';

export class TimeReportQuery extends Query<TimeReport> {
  constructor(
    readonly principal: Principal,
    readonly request: TimeReportRequest,
  ) {
    super();
  }
}
