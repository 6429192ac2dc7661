import type { EventStore } from '@billing/event-store';
import type { Pool } from 'pg';
import { bar, startTicker } from './progress';

/**
 * The store verifies in one SQL statement, so progress is what can be seen from outside: the events to check (counted
 * first) and the elapsed time. Returns the process exit code: 0 intact, 1 broken.
 */
export async function runVerify(store: EventStore, pool: Pool, schema: string, stream: string | undefined): Promise<number> {
  const count = await pool.query<{ n: string }>(
    `select count(*)::text as n from "${schema}".events where $1::text is null or stream_name = $1`,
    [stream ?? null],
  );
  const total = Number(count.rows[0]?.n ?? 0);
  const scope = stream ?? 'every stream';
  process.stderr.write(`verifying ${total} events of ${scope}\n`);
  const stop = startTicker((seconds) => `verifying ${scope}: ${total} events, ${seconds}s elapsed`);
  const started = Date.now();
  let result;
  try {
    result = await store.verify(stream);
  } finally {
    stop();
  }
  process.stderr.write(`${bar(result.eventsChecked, total)} ${result.eventsChecked} events checked in ${Date.now() - started} ms\n`);
  process.stdout.write(`${JSON.stringify({ scope: stream ?? '$all', ...result })}\n`);
  if (result.ok) {
    process.stderr.write('OK: the hash chain is intact\n');
    return 0;
  }
  const link = result.firstBrokenLink;
  process.stderr.write(`BROKEN: ${link.stream} revision ${link.revision} (event ${link.eventId}): ${link.reason}\n`);
  return 1;
}
