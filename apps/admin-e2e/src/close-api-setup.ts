import { ApiSession, Credentials } from './support/api-session';

export interface EntrySnapshot {
  id: string;
  revision: number;
  description: string;
  month: string;
}

interface PeriodSnapshot {
  status: 'open' | 'closed' | 'closed-for-teams';
  revision: number | null;
}

/** Plain HTTP against the api for the Close spec's set-up and clean-up; what is under test goes through the browser. */
export class CloseApiSetup {
  private constructor(private readonly api: ApiSession) {}

  static async signIn(credentials: Credentials): Promise<CloseApiSetup> {
    return new CloseApiSetup(await ApiSession.signIn(credentials));
  }

  timeZone(): Promise<string> {
    return this.api.timeZone();
  }

  projectId(name: string): Promise<string> {
    return this.api.idOf('/projects', name);
  }

  /** An hour of work at 10:00 UTC on `day`, as the signed-in member. */
  async createEntry(projectId: string, day: string, description: string): Promise<EntrySnapshot> {
    return this.api.create<EntrySnapshot>('/time-entries', { projectId, startedAt: `${day}T10:00:00Z`, durationSeconds: 3600, description });
  }

  async entry(id: string): Promise<EntrySnapshot> {
    return this.api.get<EntrySnapshot>(`/time-entries/${id}`);
  }

  async deleteEntry(entry: EntrySnapshot): Promise<void> {
    await this.api.request('DELETE', `/time-entries/${entry.id}`, { reason: 'e2e clean-up' }, { 'If-Match': `"${entry.revision}"` });
  }

  /** The adjusting entries of an entry (as finance sees them), e.g. to check one or to clean up. */
  async adjustmentsOf(entryId: string): Promise<(EntrySnapshot & { durationSeconds: number; day: string })[]> {
    return this.api.get(`/time-entries/${entryId}/adjustments`);
  }

  async deleteAdjustments(entryId: string): Promise<void> {
    for (const adjustment of await this.adjustmentsOf(entryId)) await this.deleteEntry(adjustment);
  }

  async periodStatus(key: string): Promise<PeriodSnapshot> {
    return this.api.get<PeriodSnapshot>(`/periods/${key}`);
  }

  /** Leaves the period open (after an interrupted run, or at the end), so other specs can write into it. */
  async ensureOpen(key: string, reason: string): Promise<void> {
    const period = await this.periodStatus(key);
    if (period.status !== 'open') {
      await this.api.create(`/periods/${key}/reopen`, { reason });
    }
  }
}

/** The month before `now` in the zone: `2026-10` on any day of November 2026. */
export function lastMonthIn(timeZone: string, now = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number);
  const previous = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 2, 1));
  return previous.toISOString().slice(0, 7);
}

/** `2026-10` -> `2026-11`; `2026-12` -> `2027-01`. */
export function nextMonth(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, month ?? 1, 1)).toISOString().slice(0, 7);
}

/** `2026-10` -> `October 2026`, as the app names months. */
export function monthName(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}
