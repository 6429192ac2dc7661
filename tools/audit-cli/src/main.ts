import { createPostgresEventStore, DEFAULT_EVENT_STORE_SCHEMA } from '@billing/event-store';
import { Pool } from 'pg';
import { DEV_AUDIT_SEAL_SECRET } from '@billing/shared/nest';
import { parseArguments, USAGE, UsageError, type CliCommand } from './arguments';
import { runHistory } from './history-command';
import { runReplayDiff } from './replay-diff-command';
import { runVerify } from './verify-command';

async function run(command: Extract<CliCommand, { kind: 'verify' | 'history' }>, databaseUrl: string): Promise<number> {
  const schema = process.env['EVENT_STORE_SCHEMA'] ?? DEFAULT_EVENT_STORE_SCHEMA;
  const store = createPostgresEventStore({ connectionString: databaseUrl, schema, maxConnections: 2 });
  const pool = new Pool({ connectionString: databaseUrl, max: 1, application_name: 'audit-cli' });
  try {
    // The api's seal secret (its development default when unset, as the api has it): seals signed otherwise fail.
    const sealSecret = process.env['AUDIT_SEAL_SECRET'] || DEV_AUDIT_SEAL_SECRET;
    return command.kind === 'verify'
      ? await runVerify(store, pool, schema, command.stream, sealSecret)
      : await runHistory(store, command.stream);
  } finally {
    await pool.end();
    await store.close();
  }
}

async function main(): Promise<number> {
  let command: CliCommand;
  try {
    command = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.kind === 'replay-diff') {
    return runReplayDiff({
      baseUrl: process.env['AUDIT_API_URL'] ?? 'http://127.0.0.1:3000/api/v1',
      token: process.env['AUDIT_TOKEN'],
      email: process.env['AUDIT_EMAIL'],
      password: process.env['AUDIT_PASSWORD'],
    });
  }
  const databaseUrl = process.env['DATABASE_URL'];
  if (databaseUrl === undefined || databaseUrl === '') {
    process.stderr.write(`DATABASE_URL is not set\n${USAGE}\n`);
    return 2;
  }
  return run(command, databaseUrl);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit-cli failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
