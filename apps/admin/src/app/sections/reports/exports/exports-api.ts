import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ExportAccepted, ExportDefinition, ExportDownloadLink, ExportFormat, ExportList, ExportView } from '@billing/exports/contracts';
import type { TimeReportRequest } from '@billing/reporting/contracts';
import { firstValueFrom } from 'rxjs';

const EXPORTS = '/api/v1/exports';

/** The export jobs REST API: request (with an Idempotency-Key), follow, cancel, and fetch a signed download link. */
@Injectable({ providedIn: 'root' })
export class ExportsApi {
  private readonly http = inject(HttpClient);

  request(format: ExportFormat, report: TimeReportRequest, key: string): Promise<ExportAccepted> {
    const definition = { kind: 'time-report' as const, period: report.period, filters: report.filters ?? {}, groupBy: report.groupBy ?? [], subtotals: true };
    return this.requestDefinition(format, definition, key);
  }

  /** Any kind of export (a report, the audit log). */
  requestDefinition(format: ExportFormat, definition: ExportDefinition, key: string): Promise<ExportAccepted> {
    return firstValueFrom(
      this.http.post<ExportAccepted>(EXPORTS, { format, definition }, { headers: new HttpHeaders({ 'Idempotency-Key': key }) }),
    );
  }

  one(exportId: string): Promise<ExportView> {
    return firstValueFrom(this.http.get<ExportView>(`${EXPORTS}/${exportId}`));
  }

  recent(): Promise<ExportList> {
    return firstValueFrom(this.http.get<ExportList>(EXPORTS));
  }

  cancel(exportId: string): Promise<ExportView> {
    return firstValueFrom(this.http.post<ExportView>(`${EXPORTS}/${exportId}/cancel`, {}));
  }

  /** Asks for a fresh short-lived link and lets the browser download the file (no bearer token needed on it). */
  async download(exportId: string): Promise<void> {
    const link = await firstValueFrom(this.http.post<ExportDownloadLink>(`${EXPORTS}/${exportId}/download-link`, {}));
    const anchor = document.createElement('a');
    anchor.href = link.url;
    anchor.download = '';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
  }
}

export const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel (XLSX)', pdf: 'PDF', json: 'JSON' };

export function isFinished(view: ExportView): boolean {
  return view.status === 'completed' || view.status === 'failed' || view.status === 'cancelled';
}

/** Polls an export until it is finished, calling `onView` with each answer; stops when `stopped()` says so. */
export async function followExport(api: ExportsApi, exportId: string, onView: (view: ExportView) => void, stopped: () => boolean): Promise<ExportView> {
  for (;;) {
    const view = await api.one(exportId);
    onView(view);
    if (isFinished(view) || stopped()) return view;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
