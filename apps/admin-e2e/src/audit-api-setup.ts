import { ApiSession, Credentials } from './support/api-session';

export interface AuditEntry {
  id: string;
  revision: number;
  description: string;
  month: string;
}

interface PeriodHistory {
  status: 'open' | 'closed' | 'closed-for-teams';
  history: Array<{ kind: string; occurredAt: string }>;
}

/**
 * The Audit spec's data, made through the api: a member's entry in last month, edited by finance with a reason, then
 * the month closed. Rerunnable: the month is reopened first and last, the entry deleted at the end.
 */
export class AuditApiSetup {
  private constructor(private readonly api: ApiSession) {}

  /** Retries for a while: on a fresh database the api seeds the demo accounts in the background after it starts. */
  static async signIn(credentials: Credentials, timeoutMs = 60_000): Promise<AuditApiSetup> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return new AuditApiSetup(await ApiSession.signIn(credentials));
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  timeZone(): Promise<string> {
    return this.api.timeZone();
  }

  projectId(name: string): Promise<string> {
    return this.api.idOf('/projects', name);
  }

  createEntry(projectId: string, day: string, description: string): Promise<AuditEntry> {
    return this.api.create<AuditEntry>('/time-entries', { projectId, startedAt: `${day}T09:00:00Z`, durationSeconds: 5400, description });
  }

  entry(id: string): Promise<AuditEntry> {
    return this.api.get<AuditEntry>(`/time-entries/${id}`);
  }

  /** A correction by someone else than the member, with the reason auditors must see. */
  editDescription(entry: AuditEntry, description: string, reason: string): Promise<AuditEntry> {
    return this.api.request<AuditEntry>('PATCH', `/time-entries/${entry.id}`, { description, reason }, { 'If-Match': `"${entry.revision}"` });
  }

  async deleteEntry(entry: AuditEntry): Promise<void> {
    await this.api.request('DELETE', `/time-entries/${entry.id}`, { reason: 'e2e clean-up' }, { 'If-Match': `"${entry.revision}"` });
  }

  async closePeriod(key: string, note: string): Promise<void> {
    await this.api.create(`/periods/${key}/close`, { note });
  }

  /** The instant of the period's latest close, as the closing API records it. */
  async closedAt(key: string): Promise<string> {
    const period = await this.api.get<PeriodHistory>(`/periods/${key}`);
    const closes = period.history.filter((entry) => entry.kind === 'closed');
    const last = closes[closes.length - 1];
    if (period.status === 'open' || last === undefined) throw new Error(`period ${key} is not closed`);
    return last.occurredAt;
  }

  async ensureOpen(key: string, reason: string): Promise<void> {
    const period = await this.api.get<PeriodHistory>(`/periods/${key}`);
    if (period.status !== 'open') await this.api.create(`/periods/${key}/reopen`, { reason });
  }
}
