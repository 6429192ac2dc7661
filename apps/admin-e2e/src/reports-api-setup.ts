import { ApiSession, Credentials } from './support/api-session';
import { e2eSettings } from './support/e2e-settings';

interface ReportFreshnessBody {
  countedThrough: string | null;
  pendingSince: string | null;
}

export interface ReportTotalsBody {
  trackedSeconds: number;
  billableSeconds: number;
  amount: number;
  entryCount: number;
}

export interface ReportedEntry {
  entryId: string;
  day: string;
  description: string;
  trackedSeconds: number;
  adjustsEntryId: string | null;
  adjustmentReason: string | null;
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

  /** A stopped entry for a member (finance may log time for anyone); its id. */
  async logTime(entry: { memberId: string; projectId: string; startedAt: string; durationSeconds: number; description: string }): Promise<string> {
    return (await this.api.create<{ id: string }>('/time-entries', { ...entry, billable: true })).id;
  }

  async closeMonth(key: string, note: string): Promise<void> {
    await this.api.create(`/periods/${key}/close`, { note });
  }

  /** Leaves the month open (at the end, or after an interrupted run), so other specs can write into it. */
  async ensureOpen(key: string, reason: string): Promise<void> {
    const period = await this.api.get<{ status: string }>(`/periods/${key}`);
    if (period.status !== 'open') await this.api.create(`/periods/${key}/reopen`, { reason });
  }

  /** A signed correction of an entry of a closed month, posted on the first open day after it; its id. */
  async postAdjustment(entryId: string, durationSeconds: number, reason: string): Promise<string> {
    return (await this.api.create<{ id: string }>(`/time-entries/${entryId}/adjustments`, { durationSeconds, reason })).id;
  }

  /** One entry as the report API lists it, once the report read model has it (asked again until the e2e timeout). */
  async reportedEntry(period: ReportPeriodBody, clientId: string, entryId: string): Promise<ReportedEntry | undefined> {
    const deadline = Date.now() + e2eSettings.expectTimeoutMs;
    for (;;) {
      const body = { period, filters: { clientIds: [clientId] }, includeEntries: true, entriesPageSize: 500 };
      const report = await this.api.request<{ entries: { items: ReportedEntry[] } }>('POST', '/reports/time', body);
      const found = report.entries.items.find((item) => item.entryId === entryId);
      if (found !== undefined || Date.now() > deadline) return found;
    }
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
   * The totals once the report read model has counted everything recorded since `since` (an ISO instant taken
   * before the writes), as its freshness says: a rate change is applied asynchronously and revalues entries already
   * counted, which an entry count cannot show. Asks again, bounded by the e2e timeout.
   */
  async reportCountedSince(period: ReportPeriodBody, clientId: string, since: string): Promise<ReportTotalsBody> {
    const body = { period, filters: { clientIds: [clientId] }, groupBy: ['project', 'member'] };
    const deadline = Date.now() + e2eSettings.expectTimeoutMs;
    for (;;) {
      const report = await this.api.request<{ totals: ReportTotalsBody; freshness?: ReportFreshnessBody }>('POST', '/reports/time', body);
      const counted = report.freshness?.countedThrough;
      const caughtUp = report.freshness?.pendingSince === null && counted != null && Date.parse(counted) >= Date.parse(since);
      if (caughtUp || Date.now() > deadline) return report.totals;
    }
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

/** The first and last day of the month of `today` (`YYYY-MM-DD`). */
export function monthOf(today: string): ReportPeriodBody {
  const last = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0)).getUTCDate();
  return { from: `${today.slice(0, 7)}-01`, to: `${today.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** The first and last day of the month before `today` (`YYYY-MM-DD`). */
export function lastMonthOf(today: string): ReportPeriodBody {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return monthOf(`${y}-${String(m).padStart(2, '0')}-01`);
}

/** Seconds as the report shows hours: two decimals, half up (5400 -> "1.50"). */
export function hoursText(seconds: number): string {
  const hundredths = Math.floor((2 * seconds + 36) / 72);
  const whole = String(Math.floor(hundredths / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(hundredths % 100).padStart(2, '0')}`;
}
