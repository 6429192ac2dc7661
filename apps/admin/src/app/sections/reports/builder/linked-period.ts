import { ReportPeriod } from '@billing/reporting/contracts';
import { isLocalDay } from '../../../shared/report/report-period';

/**
 * The custom period a link asks for with `?from=YYYY-MM-DD&to=YYYY-MM-DD` (the Audit section links a closed month
 * this way); null when either day is missing, not a calendar day, or the range is reversed, so the builder keeps its
 * default period.
 */
export function linkedPeriod(from: string | undefined, to: string | undefined): ReportPeriod | null {
  if (from === undefined || to === undefined) {
    return null;
  }
  return isLocalDay(from) && isLocalDay(to) && from <= to ? { from, to } : null;
}
