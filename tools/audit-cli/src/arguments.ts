export type CliCommand = { kind: 'verify'; stream?: string } | { kind: 'history'; stream: string } | { kind: 'replay-diff' } | { kind: 'help' };

export class UsageError extends Error {}

export const USAGE = `usage:
  audit-cli verify [--stream <stream>]   verify the hash chain of one stream or of the whole store (exit 1 when broken)
  audit-cli history <stream>             print the stream's events as JSON lines
  audit-cli replay-diff                  rebuild every read model into a scratch schema through the api and diff it
                                         with the live one (exit 1 when rows differ)
environment: DATABASE_URL (postgres://...), EVENT_STORE_SCHEMA (default event_store) for verify and history;
             AUDIT_API_URL (default http://127.0.0.1:3000/api/v1), AUDIT_TOKEN or AUDIT_EMAIL + AUDIT_PASSWORD for replay-diff`;

export function parseArguments(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case 'verify': {
      if (rest.length === 0) return { kind: 'verify' };
      if (rest.length === 2 && rest[0] === '--stream' && rest[1] !== '') return { kind: 'verify', stream: rest[1] };
      const inline = rest.length === 1 ? /^--stream=(.+)$/.exec(rest[0] ?? '') : null;
      if (inline?.[1] !== undefined) return { kind: 'verify', stream: inline[1] };
      throw new UsageError(`verify takes only --stream <stream>, got: ${rest.join(' ')}`);
    }
    case 'history': {
      if (rest.length === 1 && rest[0] !== undefined && rest[0] !== '' && !rest[0].startsWith('-')) return { kind: 'history', stream: rest[0] };
      throw new UsageError('history takes exactly one stream name');
    }
    case 'replay-diff': {
      if (rest.length === 0) return { kind: 'replay-diff' };
      throw new UsageError(`replay-diff takes no argument, got: ${rest.join(' ')}`);
    }
    case undefined:
    case 'help':
    case '--help':
      return { kind: 'help' };
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}
