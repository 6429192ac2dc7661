import type { ExportDefinition, ExportFormat, TimeReportExportDefinition } from '@billing/exports/domain';
import { assertNever } from '@billing/shared/kernel';
import type { Writable } from 'node:stream';
import { CsvExportWriter } from './csv-writer';
import type { ExportFileWriter } from './export-row';
import { JsonExportWriter } from './json-writer';
import { PdfExportWriter } from './pdf-writer';
import { XlsxExportWriter } from './xlsx-writer';

export const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', xlsx: 'xlsx', pdf: 'pdf', json: 'json' };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
};

/** `pdfContinuationLines`: what the rows' wrapped adjustment reasons add to a PDF (`continuationLines`, summed). */
export function writerFor(
  format: ExportFormat,
  definition: TimeReportExportDefinition,
  output: Writable,
  pdfContinuationLines = 0,
): ExportFileWriter {
  switch (format) {
    case 'csv':
      return new CsvExportWriter(output, definition.subtotals === true);
    case 'xlsx':
      return new XlsxExportWriter(output);
    case 'pdf':
      return new PdfExportWriter(output, pdfContinuationLines);
    case 'json':
      return new JsonExportWriter(output);
    default:
      return assertNever(format, 'export format');
  }
}

/** The download's file name: what and which period, e.g. `time-report-2026-03-01-to-2026-03-31.xlsx`. */
export function fileNameOf(format: ExportFormat, definition: ExportDefinition): string {
  if (definition.kind === 'audit-log') {
    const { from, to } = definition.filters ?? {};
    const range = from === undefined && to === undefined ? '' : `-${from?.slice(0, 10) ?? 'start'}-to-${to?.slice(0, 10) ?? 'now'}`;
    return `audit-log${range}.${EXTENSIONS[format]}`;
  }
  return `time-report-${definition.period.from}-to-${definition.period.to}.${EXTENSIONS[format]}`;
}
