import { ApiSession, Credentials } from './support/api-session';

interface Page<Item> {
  items: Item[];
  total: number;
}

/** Plain HTTP against the api, for test set-up only: the behaviour under test goes through the browser. */
export class TimeApiSetup {
  private constructor(private readonly api: ApiSession) {}

  static async signIn(credentials: Credentials): Promise<TimeApiSetup> {
    return new TimeApiSetup(await ApiSession.signIn(credentials));
  }

  get<T>(path: string): Promise<T> {
    return this.api.get<T>(path);
  }

  timeZone(): Promise<string> {
    return this.api.timeZone();
  }

  projectId(name: string): Promise<string> {
    return this.api.idOf('/projects', name);
  }

  /** Leaves the member without a running timer and without time on the project today, so a rerun starts clean. */
  async clearToday(projectId: string, today: string): Promise<void> {
    const timer = await this.get<{ running: boolean; entry: { id: string } | null }>('/timer');
    if (timer.running && timer.entry) {
      await this.api.create('/timer/stop', { entryId: timer.entry.id });
    }
    const entries = await this.get<Page<{ id: string; revision: number }>>(`/time-entries?from=${today}&to=${today}&projectId=${projectId}&pageSize=200`);
    for (const entry of entries.items) {
      await this.api.request('DELETE', `/time-entries/${entry.id}`, { reason: 'e2e set-up' }, { 'If-Match': `"${entry.revision}"` });
    }
  }
}

/** `YYYY-MM-DD` today in the zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
