import { reportEntryOf, type ReportEntrySqlRow } from '@billing/reporting/application';
import type { ExportRow } from '../files/export-row';

/** A row of reporting's `exportRowsSql`: the report's entry columns, plus group keys and labels as `k1`/`label1`... */
export interface ExportSqlRow extends ReportEntrySqlRow {
  [groupKeyOrLabel: string]: unknown;
}

/** The same entry shape as the report API's entry list, with the row's group keys and labels. */
export function exportRowOf(row: ExportSqlRow, levels: number, nullLabels: readonly string[]): ExportRow {
  const groups = Array.from({ length: levels }, (_, index) => {
    const key = (row[`k${index + 1}`] as string | null) ?? null;
    const label = (row[`label${index + 1}`] as string | null) ?? (key === null ? (nullLabels[index] ?? '(none)') : key);
    return { key, label };
  });
  return { entry: reportEntryOf(row), groups };
}
