import { checkLatestSeal } from '@billing/audit/application';
import { DEFAULT_EVENT_STORE_SCHEMA, type EventStore } from '@billing/event-store';
import type { Pool } from 'pg';
import { bar, startTicker } from './progress';

/**
 * The store verifies in one SQL statement, so progress is what can be seen from outside: the events to check (counted
 * first) and the elapsed time. Then the latest seal is compared with the heads, as `POST /audit/verify` does (its
 * signature needs the api's `sealSecret`). Returns the process exit code: 0 intact, 1 broken chain or seal.
 */
export async function runVerify(store: EventStore, pool: Pool, schema: string, stream: string | undefined, sealSecret: string): Promise<number> {
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
  // Seals are recorded (and their SQL written) for the default schema only, as in the api.
  const seal =
    schema === DEFAULT_EVENT_STORE_SCHEMA
      ? await checkLatestSeal({ query: async (sql, parameters) => (await pool.query(sql, parameters)).rows, store, secret: sealSecret }, stream)
      : null;
  const ok = result.ok && (seal === null || seal.ok);
  process.stdout.write(`${JSON.stringify({ scope: stream ?? '$all', ...result, ok, seal })}\n`);
  if (result.ok) {
    process.stderr.write('OK: the hash chain is intact\n');
  } else {
    const link = result.firstBrokenLink;
    process.stderr.write(`BROKEN: ${link.stream} revision ${link.revision} (event ${link.eventId}): ${link.reason}\n`);
  }
  if (seal === null) {
    process.stderr.write('no seal to compare with yet\n');
  } else if (seal.ok) {
    process.stderr.write(`OK: the latest seal (${seal.sealedAt}) matches ${seal.streamsChecked} stream heads\n`);
  } else {
    const first = seal.problems[0];
    process.stderr.write(
      `SEAL BROKEN: signature ${seal.signatureValid ? 'valid' : 'INVALID'}, heads digest ${seal.digestValid ? 'valid' : 'INVALID'}, ` +
        `${seal.problemsFound} stream(s) differ${first ? `; first: ${first.stream}: ${first.reason}` : ''}\n`,
    );
  }
  return ok ? 0 : 1;
}
