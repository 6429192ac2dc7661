/** One environment variable the apps read: the README's configuration table is checked against this list. */
export interface EnvVariableDescriptor {
  name: string;
  /** The local default, or `undefined` when the variable has none. */
  defaultValue: string | undefined;
  /** For a default that depends on another variable: how the README's default column states it. */
  defaultText?: string;
  meaning: string;
  /** Which processes read it. */
  usedBy: readonly ('api' | 'worker')[];
}

export const DEV_AUTH_TOKEN_SECRET =
  'dev-only-auth-token-secret-change-me-in-production';

export const DEV_AUDIT_SEAL_SECRET = 'dev-only-audit-seal-secret-change-me';

export const DEV_EXPORT_URL_SECRET = 'dev-only-export-url-secret-change-me';

export const ENV_VARIABLES: readonly EnvVariableDescriptor[] = [
  {
    name: 'NODE_ENV',
    defaultValue: 'development',
    meaning:
      'development, test or production; production refuses dev-only defaults',
    usedBy: ['api', 'worker'],
  },
  {
    name: 'PORT',
    defaultValue: '3000',
    meaning: 'HTTP port of the api',
    usedBy: ['api'],
  },
  {
    name: 'WORKER_PORT',
    defaultValue: '3001',
    meaning: 'HTTP port of the worker health endpoint',
    usedBy: ['worker'],
  },
  {
    name: 'DATABASE_URL',
    defaultValue: 'postgres://postgres@127.0.0.1:5432/billing',
    meaning:
      'PostgreSQL connection URL; the database is created at start when missing',
    usedBy: ['api', 'worker'],
  },
  {
    name: 'REDIS_URL',
    defaultValue: 'redis://127.0.0.1:6379',
    meaning: 'Redis connection URL (BullMQ queues, health)',
    usedBy: ['api', 'worker'],
  },
  {
    name: 'EVENT_STORE',
    defaultValue: 'postgres',
    meaning: 'Event store adapter: postgres or eventstoredb',
    usedBy: ['api', 'worker'],
  },
  {
    name: 'EVENTSTORE_CONNECTION_STRING',
    defaultValue: undefined,
    meaning:
      'KurrentDB/EventStoreDB connection string; required when EVENT_STORE=eventstoredb',
    usedBy: ['api', 'worker'],
  },
  {
    name: 'LOG_LEVEL',
    defaultValue: 'info',
    meaning: 'pino log level: fatal, error, warn, info, debug, trace or silent',
    usedBy: ['api', 'worker'],
  },
  {
    name: 'AUTH_TOKEN_SECRET',
    defaultValue: DEV_AUTH_TOKEN_SECRET,
    meaning:
      'HMAC secret for access tokens (at least 32 characters); the default is refused when NODE_ENV=production',
    usedBy: ['api'],
  },
  {
    name: 'ACCESS_TOKEN_TTL_SECONDS',
    defaultValue: '900',
    meaning: 'Lifetime of an access token in seconds',
    usedBy: ['api'],
  },
  {
    name: 'REFRESH_TOKEN_TTL_SECONDS',
    defaultValue: '2592000',
    meaning: 'Lifetime of a refresh token in seconds (30 days)',
    usedBy: ['api'],
  },
  {
    name: 'ADMIN_STATIC_DIR',
    defaultValue: 'dist/apps/admin/browser',
    meaning:
      'Built admin app (relative to the working directory); served at / with SPA fallback when the folder exists',
    usedBy: ['api'],
  },
  {
    name: 'SEED_ADMIN_EMAIL',
    defaultValue: 'admin@example.com',
    meaning:
      'E-mail of the first admin account, created at start when there is no account',
    usedBy: ['api'],
  },
  {
    name: 'SEED_ADMIN_PASSWORD',
    defaultValue: 'admin-demo-password',
    meaning: 'Password of that first admin account',
    usedBy: ['api'],
  },
  {
    name: 'TIME_AUDIT_LATE_AFTER_DAYS',
    defaultValue: '3',
    meaning:
      'Quality audit: an entry recorded more than this many days after its day is flagged as logged late (0 to 365)',
    usedBy: ['api'],
  },
  {
    name: 'ICS_FETCH_ALLOWED_HOSTS',
    defaultValue: '',
    meaning:
      'Comma-separated host names the api may fetch ICS calendar feeds from; empty means uploads only',
    usedBy: ['api'],
  },
  {
    name: 'PACE_REMINDER_HOUR',
    defaultValue: '9',
    meaning:
      'Hour (0 to 23, organisation time zone) of the daily Pace reminders on working days; weekly summaries go out at the same hour on the first working day of the week',
    usedBy: ['worker'],
  },
  {
    name: 'SMTP_URL',
    defaultValue: undefined,
    meaning:
      'SMTP server for notification e-mails, e.g. smtp://user:pass@mail.example.com:587; no e-mails when unset',
    usedBy: ['worker'],
  },
  {
    name: 'NOTIFICATION_WEBHOOK_URL',
    defaultValue: undefined,
    meaning:
      'URL that receives every notification as a signed JSON POST (X-Pace-Signature: sha256=HMAC of the body); no webhook when unset',
    usedBy: ['worker'],
  },
  {
    name: 'NOTIFICATION_WEBHOOK_SECRET',
    defaultValue: undefined,
    meaning:
      'HMAC-SHA256 secret for the webhook signature (at least 16 characters); required with NOTIFICATION_WEBHOOK_URL',
    usedBy: ['worker'],
  },
  {
    name: 'AUDIT_SEAL_SECRET',
    defaultValue: DEV_AUDIT_SEAL_SECRET,
    meaning:
      'HMAC-SHA256 secret that signs the audit seals of the event hash chains (at least 16 characters); set a real one in production',
    usedBy: ['api', 'worker'],
  },
  {
    name: 'AUDIT_SEAL_INTERVAL_SECONDS',
    defaultValue: '3600',
    meaning: 'Seconds between two audit seals of the chain heads (the worker\'s repeatable seal job, 10 to 86400)',
    usedBy: ['worker'],
  },
  {
    name: 'EXPORT_DIR',
    defaultValue: 'tmp/exports',
    meaning: 'Directory of export files (relative to the working directory); the worker writes there, the api serves downloads from it',
    usedBy: ['api', 'worker'],
  },
  {
    name: 'EXPORT_RETENTION_HOURS',
    defaultValue: '72',
    meaning: 'Export files older than this many hours are deleted by the worker (1 to 8760)',
    usedBy: ['worker'],
  },
  {
    name: 'EXPORT_URL_TTL_SECONDS',
    defaultValue: '300',
    meaning: 'Lifetime of a signed export download link in seconds (10 to 86400)',
    usedBy: ['api'],
  },
  {
    name: 'EXPORT_URL_SECRET',
    defaultValue: DEV_EXPORT_URL_SECRET,
    meaning: 'HMAC-SHA256 secret that signs export download links (at least 16 characters); set a real one in production',
    usedBy: ['api'],
  },
  {
    name: 'DEMO_DATA',
    defaultValue: undefined,
    defaultText: '`organisation` (development), `off` (test, production)',
    meaning:
      'Demo data seeded at start: off; organisation (the demo organisation, its people, clients and projects, when the database has no organisation); full (also rates and three months of tracked hours; `npm start` sets it); anything but off is refused when NODE_ENV=production',
    usedBy: ['api'],
  },
];
