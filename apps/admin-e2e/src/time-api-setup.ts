import { e2eSettings } from './support/e2e-settings';

interface Page<Item> {
  items: Item[];
  total: number;
}

/** Plain HTTP against the api, for test set-up only: the behaviour under test goes through the browser. */
export class TimeApiSetup {
  private constructor(private readonly token: string) {}

  static async signIn(credentials: { email: string; password: string }): Promise<TimeApiSetup> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) {
      throw new Error(`Sign-in of ${credentials.email} failed: HTTP ${response.status}. Is the demo organisation seeded?`);
    }
    const session = (await response.json()) as { accessToken: string };
    return new TimeApiSetup(session.accessToken);
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1${path}`, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!response.ok) {
      throw new Error(`GET ${path}: HTTP ${response.status}`);
    }
    return (await response.json()) as T;
  }

  async timeZone(): Promise<string> {
    return (await this.get<{ timeZone: string }>('/organisation')).timeZone;
  }

  async projectId(name: string): Promise<string> {
    const page = await this.get<Page<{ id: string; name: string }>>(`/projects?q=${encodeURIComponent(name)}`);
    const project = page.items.find((item) => item.name === name);
    if (!project) {
      throw new Error(`No project named ${name}`);
    }
    return project.id;
  }

  /** Leaves the member without a running timer and without time on the project today, so a rerun starts clean. */
  async clearToday(projectId: string, today: string): Promise<void> {
    const timer = await this.get<{ running: boolean; entry: { id: string } | null }>('/timer');
    if (timer.running && timer.entry) {
      await this.send('POST', '/timer/stop', { entryId: timer.entry.id }, { 'Idempotency-Key': crypto.randomUUID() });
    }
    const entries = await this.get<Page<{ id: string; revision: number }>>(`/time-entries?from=${today}&to=${today}&projectId=${projectId}&pageSize=200`);
    for (const entry of entries.items) {
      await this.send('DELETE', `/time-entries/${entry.id}`, { reason: 'e2e set-up' }, { 'If-Match': `"${entry.revision}"` });
    }
  }

  private async send(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<void> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    }
  }
}

/** `YYYY-MM-DD` today in the zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
