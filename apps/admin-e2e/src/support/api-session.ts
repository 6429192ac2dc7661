import { e2eSettings } from './e2e-settings';

export interface Credentials {
  email: string;
  password: string;
}

interface Named {
  id: string;
  name: string;
}

/**
 * Plain HTTP against the api as one signed-in user, for the specs' set-up, clean-up and cross-checks: what is under
 * test goes through the browser. Any non-2xx answer throws with the method, path, status and body.
 */
export class ApiSession {
  private constructor(private readonly token: string) {}

  static async signIn(credentials: Credentials): Promise<ApiSession> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) {
      throw new Error(`Sign-in of ${credentials.email} failed: HTTP ${response.status}. Is the demo organisation seeded?`);
    }
    return new ApiSession(((await response.json()) as { accessToken: string }).accessToken);
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${e2eSettings.baseUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    }
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  /** A POST that creates something, with a fresh Idempotency-Key as the api asks of creating requests. */
  create<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body, { 'Idempotency-Key': crypto.randomUUID() });
  }

  async timeZone(): Promise<string> {
    return (await this.get<{ timeZone: string }>('/organisation')).timeZone;
  }

  /** The id of the client, project, member or team with exactly this name; throws naming it when there is none. */
  async idOf(list: '/clients' | '/projects' | '/members' | '/teams', name: string): Promise<string> {
    const page = await this.get<{ items: Named[] }>(`${list}?pageSize=200&q=${encodeURIComponent(name)}`);
    const found = page.items.find((item) => item.name === name);
    if (!found) {
      throw new Error(`No ${list.slice(1, -1)} named ${name}`);
    }
    return found.id;
  }
}
