import { ApiSession, Credentials } from './support/api-session';

const H = 3_600;

/** Plain HTTP against the api for the Pace spec's own data; what is under test goes through the browser. */
export class PaceApiSetup {
  private constructor(
    private readonly api: ApiSession,
    readonly memberId: string,
  ) {}

  static async signIn(credentials: Credentials): Promise<PaceApiSetup> {
    const api = await ApiSession.signIn(credentials);
    const me = await api.get<{ memberId?: string }>('/auth/me');
    return new PaceApiSetup(api, me.memberId ?? '');
  }

  timeZone(): Promise<string> {
    return this.api.timeZone();
  }

  /**
   * A team with `responsibleId` responsible, and a new member in it from `from` on, expected 8 h on every day of
   * the week (so they are behind today whatever the weekday) and with nothing tracked. Unique names per run.
   */
  async memberBehind(run: string, responsibleId: string, from: string): Promise<{ teamId: string; teamName: string; memberId: string; name: string; credentials: Credentials }> {
    const teamName = `Pace e2e team ${run}`;
    const team = await this.api.create<{ id: string }>('/teams', { name: teamName, responsibleIds: [responsibleId] });
    const name = `Pia Pace ${run}`;
    const credentials = { email: `pace-e2e-${run}@example.com`, password: `pace-e2e-password-${run}` };
    const member = await this.api.create<{ id: string }>('/members', { name, email: credentials.email, roles: ['member'], initialPassword: credentials.password });
    await this.api.create(`/members/${member.id}/team-moves`, { teamId: team.id, from });
    await this.api.request('PUT', `/members/${member.id}/schedule`, { validFrom: from, weekdaySeconds: [8 * H, 8 * H, 8 * H, 8 * H, 8 * H, 8 * H, 8 * H] });
    return { teamId: team.id, teamName, memberId: member.id, name, credentials };
  }

  async behindMemberIds(): Promise<string[]> {
    return (await this.api.get<{ members: { memberId: string }[] }>('/pace/behind')).members.map((member) => member.memberId);
  }

  async notificationTitles(): Promise<string[]> {
    return (await this.api.get<{ items: { title: string }[] }>('/notifications')).items.map((item) => item.title);
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
