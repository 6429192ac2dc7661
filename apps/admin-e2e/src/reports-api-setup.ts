import { ApiSession, Credentials } from './support/api-session';
import { e2eSettings } from './support/e2e-settings';

export interface ReportTotalsBody {
  trackedSeconds: number;
  billableSeconds: number;
  amount: number;
  entryCount: number;
}

export interface ReportPeriodBody {
  from: string;
  to: string;
}

/** Plain HTTP against the api for the reports e2e set-up: entries to report on, and the report as the api sees it. */
export class ReportsApiSetup {
  private constructor(private readonly api: ApiSession) {}

  static async signIn(credentials: Credentials): Promise<ReportsApiSetup> {
    return new ReportsApiSetup(await ApiSession.signIn(credentials));
  }

  timeZone(): Promise<string> {
    return this.api.timeZone();
  }

  idOf(list: '/clients' | '/projects' | '/members', name: string): Promise<string> {
    return this.api.idOf(list, name);
  }

  /** A stopped entry for a member (finance may log time for anyone). */
  async logTime(entry: { memberId: string; projectId: string; startedAt: string; durationSeconds: number; description: string }): Promise<void> {
    await this.api.create('/time-entries', { ...entry, billable: true });
  }

  /** A project's hourly rate (minor units) from a day, through finance's rates API. */
  async setProjectRate(projectId: string, rateMinorPerHour: number, validFrom: string): Promise<void> {
    await this.api.request('POST', '/rates/billable', { scope: { level: 'project', projectId }, rateMinorPerHour, currency: 'EUR', validFrom });
  }

  async report(period: ReportPeriodBody, clientId: string): Promise<ReportTotalsBody> {
    const body = { period, filters: { clientIds: [clientId] }, groupBy: ['project', 'member'] };
    return (await this.api.request<{ totals: ReportTotalsBody }>('POST', '/reports/time', body)).totals;
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
