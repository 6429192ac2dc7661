import type { SavedReportView } from '@billing/reporting/contracts';
import type { SavedReportRow } from './saved-report.row';

export function savedReportView(
  row: SavedReportRow,
  callerId: string,
): SavedReportView {
  return {
    id: row.id,
    name: row.name,
    ownerId: row.ownerId,
    period: row.definition.period,
    filters: row.definition.filters,
    groupBy: row.definition.groupBy,
    shared: row.shared,
    mine: row.ownerId === callerId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
