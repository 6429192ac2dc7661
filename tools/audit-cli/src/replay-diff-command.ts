import type { ReplayDiffRunView } from '@billing/audit/contracts';
import { bar } from './progress';

export interface ApiSettings {
  baseUrl: string;
  token?: string;
  email?: string;
  password?: string;
}

const POLL_MS = 1000;

async function call<T>(settings: ApiSettings, token: string, method: 'GET' | 'POST', path: string): Promise<T> {
  const response = await fetch(`${settings.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    ...(method === 'POST' ? { body: '{}' } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

async function tokenFor(settings: ApiSettings): Promise<string> {
  if (settings.token) return settings.token;
  if (!settings.email || !settings.password) throw new Error('set AUDIT_TOKEN, or AUDIT_EMAIL and AUDIT_PASSWORD of an auditor');
  const response = await fetch(`${settings.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: settings.email, password: settings.password }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (!response.ok || body.accessToken === undefined) throw new Error(`login failed: ${response.status}`);
  return body.accessToken;
}

function progressLine(run: ReplayDiffRunView): string {
  if (run.phase === 'replaying') return `replaying ${bar(run.eventsReplayed, run.eventsTotal)} ${run.eventsReplayed}/${run.eventsTotal} events`;
  if (run.phase === 'diffing') return `diffing   ${bar(run.tablesDiffed, run.tablesTotal)} ${run.tablesDiffed}/${run.tablesTotal} tables`;
  return run.phase;
}

/**
 * Starts a replay-and-diff run through the api (the projections live there) and follows it to the end with a progress
 * bar on stderr; prints the result as JSON on stdout. Exit codes: 0 no difference, 1 differences, 3 run failed.
 */
export async function runReplayDiff(settings: ApiSettings): Promise<number> {
  const token = await tokenFor(settings);
  let run = await call<ReplayDiffRunView>(settings, token, 'POST', '/audit/replay-diff');
  process.stderr.write(`replay-diff run ${run.id} started\n`);
  const interactive = process.stderr.isTTY === true;
  let lastLine = '';
  while (run.phase !== 'done' && run.phase !== 'failed') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    run = await call<ReplayDiffRunView>(settings, token, 'GET', `/audit/replay-diff/${run.id}`);
    const line = progressLine(run);
    if (interactive) process.stderr.write(`\r${line}   `);
    else if (line !== lastLine) process.stderr.write(`${line}\n`);
    lastLine = line;
  }
  if (interactive) process.stderr.write('\n');
  if (run.phase === 'failed' || run.result === null) {
    process.stderr.write(`FAILED: ${run.error ?? 'no result'}\n`);
    return 3;
  }
  process.stdout.write(`${JSON.stringify(run.result)}\n`);
  const { result } = run;
  process.stderr.write(`${result.projections.length} projections, ${result.tablesCompared} tables, ${result.rowsCompared} rows compared after ${result.eventsReplayed} events\n`);
  if (result.rowsDiffering === 0) {
    process.stderr.write('OK: the replayed read models equal the live ones\n');
    return 0;
  }
  process.stderr.write(`DIFFERENT: ${result.rowsDiffering} rows\n`);
  for (const d of result.differences.slice(0, 20)) {
    process.stderr.write(`  ${d.table} ${JSON.stringify(d.key)} ${d.column}: live ${JSON.stringify(d.live)} replayed ${JSON.stringify(d.replayed)}\n`);
  }
  return 1;
}
