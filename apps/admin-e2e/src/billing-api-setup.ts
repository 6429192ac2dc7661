import { ApiSession, Credentials } from './support/api-session';
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
  private constructor(private readonly api: ApiSession) {}

  static async signIn(credentials: Credentials): Promise<BillingApiSetup> {
    return new BillingApiSetup(await ApiSession.signIn(credentials));
  }

  timeZone(): Promise<string> {
    return this.api.timeZone();
  }

  memberId(name: string): Promise<string> {
    return this.api.idOf('/members', name);
  }

  /** A client in EUR with 19 % tax. */
  async createClient(name: string): Promise<string> {
    return (await this.api.create<Named>('/clients', { name, currency: 'EUR', taxRateBasisPoints: 1900 })).id;
  }

  /** An hourly project (a line per member), no rounding, with the member on it. */
  async createHourlyProject(clientId: string, name: string, memberId: string): Promise<string> {
    const project = await this.api.create<Named>('/projects', {
      clientId,
      name,
      billingModel: { kind: 'hourly', invoiceLinesPer: 'member' },
      defaultBillable: true,
      timeRounding: { mode: 'none' },
      memberIds: [memberId],
    });
    return project.id;
  }

  /** A stopped, billable entry for a member (finance may log time for anyone). */
  async logTime(entry: { memberId: string; projectId: string; startedAt: string; durationSeconds: number; description: string }): Promise<void> {
    await this.api.create('/time-entries', { ...entry, billable: true });
  }

  async report(period: PeriodBody, clientId: string): Promise<ReportTotalsBody> {
    const body = { period, filters: { clientIds: [clientId] }, groupBy: ['project'] };
    return (await this.api.request<{ totals: ReportTotalsBody }>('POST', '/reports/time', body)).totals;
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
}
