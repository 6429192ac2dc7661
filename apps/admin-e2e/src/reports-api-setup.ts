import { e2eSettings } from './support/e2e-settings';

interface Named {
  id: string;
  name: string;
}

export interface ReportTotalsBody {
  trackedSeconds: number;
  billableSeconds: number;
  entryCount: number;
}

export interface ReportPeriodBody {
  from: string;
  to: string;
}

/** Plain HTTP against the api for the reports e2e set-up: entries to report on, and the report as the api sees it. */
export class ReportsApiSetup {
  private constructor(private readonly token: string) {}

  static async signIn(credentials: { email: string; password: string }): Promise<ReportsApiSetup> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) {
      throw new Error(`Sign-in of ${credentials.email} failed: HTTP ${response.status}. Is the demo organisation seeded?`);
    }
    return new ReportsApiSetup(((await response.json()) as { accessToken: string }).accessToken);
  }

  async timeZone(): Promise<string> {
    return (await this.request<{ timeZone: string }>('GET', '/organisation')).timeZone;
  }

  async idOf(list: '/clients' | '/projects' | '/members', name: string): Promise<string> {
    const page = await this.request<{ items: Named[] }>('GET', `${list}?pageSize=200&q=${encodeURIComponent(name)}`);
    const found = page.items.find((item) => item.name === name);
    if (!found) {
      throw new Error(`No ${list.slice(1, -1)} named ${name}`);
    }
    return found.id;
  }

  /** A stopped entry for a member (finance may log time for anyone). */
  async logTime(entry: { memberId: string; projectId: string; startedAt: string; durationSeconds: number; description: string }): Promise<void> {
    await this.request('POST', '/time-entries', { ...entry, billable: true }, { 'Idempotency-Key': crypto.randomUUID() });
  }

  async report(period: ReportPeriodBody, clientId: string): Promise<ReportTotalsBody> {
    const body = { period, filters: { clientIds: [clientId] }, groupBy: ['project', 'member'] };
    return (await this.request<{ totals: ReportTotalsBody }>('POST', '/reports/time', body)).totals;
  }

  /**
   * The report read model follows the events asynchronously: asks again (no pause between the requests, bounded
   * by the e2e timeout) until it counts `entryCount` entries.
   */
  async reportOnceCounted(period: ReportPeriodBody, clientId: string, entryCount: number): Promise<ReportTotalsBody> {
    const deadline = Date.now() + e2eSettings.expectTimeoutMs;
    for (;;) {
      const totals = await this.report(period, clientId);
      if (totals.entryCount >= entryCount || Date.now() > deadline) {
        return totals;
      }
    }
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

/** The first and last day of the month before `today` (`YYYY-MM-DD`). */
export function lastMonthOf(today: string): ReportPeriodBody {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const prefix = `${y}-${String(m).padStart(2, '0')}`;
  return { from: `${prefix}-01`, to: `${prefix}-${String(last).padStart(2, '0')}` };
}

/** Seconds as the report shows hours: two decimals, half up (5400 -> "1.50"). */
export function hoursText(seconds: number): string {
  const hundredths = Math.floor((2 * seconds + 36) / 72);
  const whole = String(Math.floor(hundredths / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(hundredths % 100).padStart(2, '0')}`;
}
