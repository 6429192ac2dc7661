import { e2eSettings } from './support/e2e-settings';

interface Credentials {
  email: string;
  password: string;
}

const H = 3_600;

/** Plain HTTP against the api for the Pace spec's own data; what is under test goes through the browser. */
export class PaceApiSetup {
  private constructor(
    private readonly token: string,
    readonly memberId: string,
  ) {}

  static async signIn(credentials: Credentials): Promise<PaceApiSetup> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) {
      throw new Error(`Sign-in of ${credentials.email} failed: HTTP ${response.status}. Is the demo organisation seeded?`);
    }
    const session = (await response.json()) as { accessToken: string; user: { memberId?: string } };
    return new PaceApiSetup(session.accessToken, session.user.memberId ?? '');
  }

  async timeZone(): Promise<string> {
    return (await this.send<{ timeZone: string }>('GET', '/organisation')).timeZone;
  }

  /**
   * A team with `responsibleId` responsible, and a new member in it from `from` on, expected 8 h on every day of
   * the week (so they are behind today whatever the weekday) and with nothing tracked. Unique names per run.
   */
  async memberBehind(run: string, responsibleId: string, from: string): Promise<{ teamId: string; teamName: string; memberId: string; name: string; credentials: Credentials }> {
    const teamName = `Pace e2e team ${run}`;
    const team = await this.send<{ id: string }>('POST', '/teams', { name: teamName, responsibleIds: [responsibleId] }, this.idempotent());
    const name = `Pia Pace ${run}`;
    const credentials = { email: `pace-e2e-${run}@example.com`, password: `pace-e2e-password-${run}` };
    const member = await this.send<{ id: string }>('POST', '/members', { name, email: credentials.email, roles: ['member'], initialPassword: credentials.password }, this.idempotent());
    await this.send('POST', `/members/${member.id}/team-moves`, { teamId: team.id, from }, this.idempotent());
    await this.send('PUT', `/members/${member.id}/schedule`, { validFrom: from, weekdaySeconds: [8 * H, 8 * H, 8 * H, 8 * H, 8 * H, 8 * H, 8 * H] });
    return { teamId: team.id, teamName, memberId: member.id, name, credentials };
  }

  async behindMemberIds(): Promise<string[]> {
    return (await this.send<{ members: { memberId: string }[] }>('GET', '/pace/behind')).members.map((member) => member.memberId);
  }

  async notificationTitles(): Promise<string[]> {
    return (await this.send<{ items: { title: string }[] }>('GET', '/notifications')).items.map((item) => item.title);
  }

  private idempotent(): Record<string, string> {
    return { 'Idempotency-Key': crypto.randomUUID() };
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

/** Polls `read` until `done` holds or the deadline passes (the read model and the worker are asynchronous). */
export async function eventually<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Today in the zone, `2026-11-25`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `2026-11-25` -> `25 Nov`, as the Pace screens name days. */
export function dayLabel(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** `2026-11-30` + 1 -> `2026-12-01`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
