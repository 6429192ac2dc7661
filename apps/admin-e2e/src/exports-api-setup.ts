import type { ExportDefinition, TimeReportExportDefinition, ExportDownloadLink, ExportFormat, ExportView } from '@billing/exports/contracts';
import type { ReportEntry, TimeReport } from '@billing/reporting/contracts';
import { e2eSettings } from './support/e2e-settings';

interface Named {
  id: string;
  name: string;
}

/** Plain HTTP against the api for the export specs: entries to export, the report, exports and their files. */
export class ExportsApi {
  private constructor(
    private readonly token: string,
    private readonly baseUrl: string,
  ) {}

  static async signIn(credentials: { email: string; password: string }, baseUrl: string = e2eSettings.baseUrl): Promise<ExportsApi> {
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) throw new Error(`Sign-in of ${credentials.email} failed: HTTP ${response.status}. Is the demo organisation seeded?`);
    return new ExportsApi(((await response.json()) as { accessToken: string }).accessToken, baseUrl);
  }

  /**
   * Signs in once the account can: a freshly started api seeds its first admin before its member read model has it
   * (a 401 until then, longer while a generated organisation is being projected). Polled, bounded by `timeoutMs`.
   */
  static async signInWhenReady(credentials: { email: string; password: string }, baseUrl: string, timeoutMs: number): Promise<ExportsApi> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await ExportsApi.signIn(credentials, baseUrl);
      } catch (error) {
        if (Date.now() > deadline || !String(error).includes('HTTP 401')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async timeZone(): Promise<string> {
    return (await this.send<{ timeZone: string }>('GET', '/organisation')).timeZone;
  }

  async idOf(list: '/clients' | '/projects' | '/members', name: string): Promise<string> {
    const page = await this.send<{ items: Named[] }>('GET', `${list}?pageSize=200&q=${encodeURIComponent(name)}`);
    const found = page.items.find((item) => item.name === name);
    if (!found) throw new Error(`No ${list.slice(1, -1)} named ${name}`);
    return found.id;
  }

  /** A stopped, billable entry on the project's first task (some demo projects require a task). */
  async logTime(entry: { memberId: string; projectId: string; startedAt: string; durationSeconds: number; description: string }): Promise<void> {
    const tasks = await this.send<{ items: Named[] }>('GET', `/projects/${entry.projectId}/tasks`);
    const taskId = tasks.items[0]?.id;
    await this.send('POST', '/time-entries', { ...entry, ...(taskId ? { taskId } : {}), billable: true }, { 'Idempotency-Key': crypto.randomUUID() });
  }

  /** The report API's answer for the same definition, with every entry (the test data stays under 500 entries). */
  async report(definition: TimeReportExportDefinition): Promise<TimeReport & { entries: { items: ReportEntry[] } }> {
    return this.send('POST', '/reports/time', {
      period: definition.period,
      filters: definition.filters ?? {},
      groupBy: definition.groupBy ?? [],
      includeEntries: true,
      entriesPageSize: 500,
    });
  }

  /** Asks until the report read model counts `entryCount` entries (it follows the events asynchronously). */
  async reportCounting(definition: TimeReportExportDefinition, entryCount: number): Promise<TimeReport & { entries: { items: ReportEntry[] } }> {
    const deadline = Date.now() + e2eSettings.expectTimeoutMs;
    for (;;) {
      const report = await this.report(definition);
      if (report.totals.entryCount >= entryCount || Date.now() > deadline) return report;
    }
  }

  async requestExport(format: ExportFormat, definition: ExportDefinition): Promise<string> {
    const accepted = await this.send<{ exportId: string }>('POST', '/exports', { format, definition }, { 'Idempotency-Key': crypto.randomUUID() });
    return accepted.exportId;
  }

  async exportView(exportId: string): Promise<ExportView> {
    return this.send('GET', `/exports/${exportId}`);
  }

  async list(): Promise<ExportView[]> {
    return (await this.send<{ items: ExportView[] }>('GET', '/exports')).items;
  }

  /** Polls the export until it is finished (completed, failed or cancelled), within `timeoutMs`. */
  async finished(exportId: string, timeoutMs = 60_000): Promise<ExportView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const view = await this.exportView(exportId);
      if (view.status === 'completed' || view.status === 'failed' || view.status === 'cancelled') return view;
      if (Date.now() > deadline) throw new Error(`export ${exportId} still ${view.status} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async downloadLink(exportId: string): Promise<ExportDownloadLink> {
    return this.send('POST', `/exports/${exportId}/download-link`);
  }

  async cancel(exportId: string): Promise<Response> {
    return this.raw('POST', `/exports/${exportId}/cancel`);
  }

  /** The file behind a signed link, without the bearer token (as a browser download would fetch it). */
  async download(url: string): Promise<{ status: number; body: Buffer; contentType: string | null }> {
    const response = await fetch(`${this.baseUrl}${url}`);
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
  }

  /** A GET of the api as this caller, JSON answer (for comparing an export with the API it mirrors). */
  async get<T>(path: string): Promise<T> {
    return this.send('GET', path);
  }

  /** The bare response of a request, for status checks. */
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.raw(method, path, body, headers);
  }

  private async raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await this.raw(method, path, body, headers);
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}

export const DEMO_PASSWORD = 'demo-password-123';

/** Re-exported for the export specs (the same helper as the exports library's unit specs). */
export { pdfText } from '@billing/shared/testing';

/**
 * exceljs reads a number with a time format ([h]:mm:ss) back as a Date counted from its 1899-12-30 epoch; the stored
 * cell is the number of days. This gives the seconds that number stands for.
 */
export function durationSecondsOf(value: unknown): number {
  const days = value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : Number(value);
  return Math.round(days * 86_400);
}
