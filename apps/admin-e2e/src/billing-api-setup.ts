import { e2eSettings } from './support/e2e-settings';

interface Named {
  id: string;
  name: string;
}

export interface PeriodBody {
  from: string;
  to: string;
}

export interface ReportTotalsBody {
  trackedSeconds: number;
  billableSeconds: number;
  billedSeconds: number;
  /** Minor units (0 until the report read model values entries by the rate book). */
  amount: number;
  currency: string | null;
  entryCount: number;
}

/**
 * Plain HTTP against the api for the billing e2e set-up: a client and an hourly project of its own (unique names, so
 * the spec reruns on the same database and ignores the demo data), entries last month, and the report as the api sees
 * it. What is under test goes through the browser.
 */
export class BillingApiSetup {
  private constructor(private readonly token: string) {}

  static async signIn(credentials: { email: string; password: string }): Promise<BillingApiSetup> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) {
      throw new Error(`Sign-in of ${credentials.email} failed: HTTP ${response.status}. Is the demo organisation seeded?`);
    }
    return new BillingApiSetup(((await response.json()) as { accessToken: string }).accessToken);
  }

  async timeZone(): Promise<string> {
    return (await this.request<{ timeZone: string }>('GET', '/organisation')).timeZone;
  }

  async memberId(name: string): Promise<string> {
    const page = await this.request<{ items: Named[] }>('GET', `/members?pageSize=200&q=${encodeURIComponent(name)}`);
    const found = page.items.find((item) => item.name === name);
    if (!found) {
      throw new Error(`No member named ${name}`);
    }
    return found.id;
  }

  /** A client in EUR with 19 % tax. */
  async createClient(name: string): Promise<string> {
    const client = await this.request<Named>('POST', '/clients', { name, currency: 'EUR', taxRateBasisPoints: 1900 }, this.idempotent());
    return client.id;
  }

  /** An hourly project (a line per member), no rounding, with the member on it. */
  async createHourlyProject(clientId: string, name: string, memberId: string): Promise<string> {
    const project = await this.request<Named>(
      'POST',
      '/projects',
      {
        clientId,
        name,
        billingModel: { kind: 'hourly', invoiceLinesPer: 'member' },
        defaultBillable: true,
        timeRounding: { mode: 'none' },
        memberIds: [memberId],
      },
      this.idempotent(),
    );
    return project.id;
  }

  /** A stopped, billable entry for a member (finance may log time for anyone). */
  async logTime(entry: { memberId: string; projectId: string; startedAt: string; durationSeconds: number; description: string }): Promise<void> {
    await this.request('POST', '/time-entries', { ...entry, billable: true }, this.idempotent());
  }

  async report(period: PeriodBody, clientId: string): Promise<ReportTotalsBody> {
    const body = { period, filters: { clientIds: [clientId] }, groupBy: ['project'] };
    return (await this.request<{ totals: ReportTotalsBody }>('POST', '/reports/time', body)).totals;
  }

  /**
   * The report read model follows the events asynchronously: asks again (no pause between the requests, bounded by
   * the e2e timeout) until `holds` is true, and returns the last answer either way for the caller to assert on.
   */
  async reportOnce(period: PeriodBody, clientId: string, holds: (totals: ReportTotalsBody) => boolean): Promise<ReportTotalsBody> {
    const deadline = Date.now() + e2eSettings.expectTimeoutMs;
    for (;;) {
      const totals = await this.report(period, clientId);
      if (holds(totals) || Date.now() > deadline) {
        return totals;
      }
    }
  }

  private idempotent(): Record<string, string> {
    return { 'Idempotency-Key': crypto.randomUUID() };
  }

  private async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    }
    return (await response.json()) as T;
  }
}
