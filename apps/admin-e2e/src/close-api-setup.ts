import { e2eSettings } from './support/e2e-settings';

interface Page<Item> {
  items: Item[];
}

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
  private constructor(private readonly token: string) {}

  static async signIn(credentials: { email: string; password: string }): Promise<CloseApiSetup> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) {
      throw new Error(`Sign-in of ${credentials.email} failed: HTTP ${response.status}. Is the demo organisation seeded?`);
    }
    return new CloseApiSetup(((await response.json()) as { accessToken: string }).accessToken);
  }

  async timeZone(): Promise<string> {
    return (await this.send<{ timeZone: string }>('GET', '/organisation')).timeZone;
  }

  async projectId(name: string): Promise<string> {
    const page = await this.send<Page<{ id: string; name: string }>>('GET', `/projects?q=${encodeURIComponent(name)}`);
    const project = page.items.find((item) => item.name === name);
    if (!project) {
      throw new Error(`No project named ${name}`);
    }
    return project.id;
  }

  /** An hour of work at 10:00 UTC on `day`, as the signed-in member. */
  async createEntry(projectId: string, day: string, description: string): Promise<EntrySnapshot> {
    return this.send<EntrySnapshot>(
      'POST',
      '/time-entries',
      { projectId, startedAt: `${day}T10:00:00Z`, durationSeconds: 3600, description },
      { 'Idempotency-Key': crypto.randomUUID() },
    );
  }

  async entry(id: string): Promise<EntrySnapshot> {
    return this.send<EntrySnapshot>('GET', `/time-entries/${id}`);
  }

  async deleteEntry(entry: EntrySnapshot): Promise<void> {
    await this.send('DELETE', `/time-entries/${entry.id}`, { reason: 'e2e clean-up' }, { 'If-Match': `"${entry.revision}"` });
  }

  async periodStatus(key: string): Promise<PeriodSnapshot> {
    return this.send<PeriodSnapshot>('GET', `/periods/${key}`);
  }

  /** Leaves the period open (after an interrupted run, or at the end), so other specs can write into it. */
  async ensureOpen(key: string, reason: string): Promise<void> {
    const period = await this.periodStatus(key);
    if (period.status !== 'open') {
      await this.send('POST', `/periods/${key}/reopen`, { reason }, { 'Idempotency-Key': crypto.randomUUID() });
    }
  }

  private async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    }
    return (await response.json()) as T;
  }
}

/** The month before `now` in the zone: `2026-10` on any day of November 2026. */
export function lastMonthIn(timeZone: string, now = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number);
  const previous = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 2, 1));
  return previous.toISOString().slice(0, 7);
}

/** `2026-10` -> `October 2026`, as the app names months. */
export function monthName(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}
