import { z } from 'zod';
import { DEV_AUDIT_SEAL_SECRET, DEV_AUTH_TOKEN_SECRET, DEV_EXPORT_URL_SECRET, ENV_VARIABLES } from './env-variables';

/** What the api seeds at start: nothing, the demo organisation, or the organisation with rates and tracked hours. */
export const DEMO_DATA_LEVELS = ['off', 'organisation', 'full'] as const;
export type DemoDataLevel = (typeof DEMO_DATA_LEVELS)[number];

const defaultOf = (name: string): string => {
  const value = ENV_VARIABLES.find((v) => v.name === name)?.defaultValue;
  if (value === undefined) throw new Error(`No default declared for ${name}`);
  return value;
};

const port = (name: string) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(Number(defaultOf(name)));

const positiveSeconds = (name: string) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .positive('must be positive')
    .default(Number(defaultOf(name)));

const url = (name: string, protocols: readonly string[]) =>
  z
    .string()
    .default(defaultOf(name))
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    );

const envShape = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development'),
  PORT: port('PORT'),
  WORKER_PORT: port('WORKER_PORT'),
  DATABASE_URL: url('DATABASE_URL', ['postgres:', 'postgresql:']),
  REDIS_URL: url('REDIS_URL', ['redis:', 'rediss:']),
  EVENT_STORE: z.enum(['postgres', 'eventstoredb']).default('postgres'),
  EVENTSTORE_CONNECTION_STRING: z.string().min(1).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  AUTH_TOKEN_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default(DEV_AUTH_TOKEN_SECRET),
  ACCESS_TOKEN_TTL_SECONDS: positiveSeconds('ACCESS_TOKEN_TTL_SECONDS'),
  REFRESH_TOKEN_TTL_SECONDS: positiveSeconds('REFRESH_TOKEN_TTL_SECONDS'),
  ADMIN_STATIC_DIR: z.string().min(1).default(defaultOf('ADMIN_STATIC_DIR')),
  SEED_ADMIN_EMAIL: z
    .email('must be an e-mail address')
    .default(defaultOf('SEED_ADMIN_EMAIL')),
  SEED_ADMIN_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters')
    .default(defaultOf('SEED_ADMIN_PASSWORD')),
  TIME_AUDIT_LATE_AFTER_DAYS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of days')
    .min(0, 'must be between 0 and 365')
    .max(365, 'must be between 0 and 365')
    .default(Number(defaultOf('TIME_AUDIT_LATE_AFTER_DAYS'))),
  ICS_FETCH_ALLOWED_HOSTS: z
    .string()
    .regex(/^[a-z0-9.,:-]*$/i, 'must be comma-separated host names')
    .default(defaultOf('ICS_FETCH_ALLOWED_HOSTS')),
  PACE_REMINDER_HOUR: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole hour')
    .min(0, 'must be between 0 and 23')
    .max(23, 'must be between 0 and 23')
    .default(Number(defaultOf('PACE_REMINDER_HOUR'))),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value), 'must be a URL starting with smtp:// or smtps://')
    .optional(),
  NOTIFICATION_WEBHOOK_URL: z
    .string()
    .refine((value) => /^https?:\/\/[^\s]+$/.test(value), 'must be a URL starting with http:// or https://')
    .optional(),
  NOTIFICATION_WEBHOOK_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional(),
  AUDIT_SEAL_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters')
    .default(DEV_AUDIT_SEAL_SECRET),
  AUDIT_SEAL_INTERVAL_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of seconds')
    .min(10, 'must be between 10 and 86400')
    .max(86400, 'must be between 10 and 86400')
    .default(Number(defaultOf('AUDIT_SEAL_INTERVAL_SECONDS'))),
  EXPORT_DIR: z.string().min(1).default(defaultOf('EXPORT_DIR')),
  EXPORT_RETENTION_HOURS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of hours')
    .min(1, 'must be between 1 and 8760')
    .max(8760, 'must be between 1 and 8760')
    .default(Number(defaultOf('EXPORT_RETENTION_HOURS'))),
  EXPORT_URL_TTL_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of seconds')
    .min(10, 'must be between 10 and 86400')
    .max(86400, 'must be between 10 and 86400')
    .default(Number(defaultOf('EXPORT_URL_TTL_SECONDS'))),
  EXPORT_URL_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_EXPORT_URL_SECRET),
  // No schema default: it follows NODE_ENV (see demoDataOf).
  DEMO_DATA: z.enum(DEMO_DATA_LEVELS).optional(),
});

/** Every environment variable the configuration reads. */
export const CONFIG_VARIABLE_NAMES: readonly string[] = Object.keys(
  envShape.shape,
);

const envSchema = envShape.superRefine((env, ctx) => {
  if (env.EVENT_STORE === 'eventstoredb' && !env.EVENTSTORE_CONNECTION_STRING) {
    ctx.addIssue({
      code: 'custom',
      path: ['EVENTSTORE_CONNECTION_STRING'],
      message: 'is required when EVENT_STORE=eventstoredb',
    });
  }
  if (env.NOTIFICATION_WEBHOOK_URL && !env.NOTIFICATION_WEBHOOK_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['NOTIFICATION_WEBHOOK_SECRET'],
      message: 'is required when NOTIFICATION_WEBHOOK_URL is set',
    });
  }
  if (
    env.NODE_ENV === 'production' &&
    env.AUTH_TOKEN_SECRET === DEV_AUTH_TOKEN_SECRET
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['AUTH_TOKEN_SECRET'],
      message: 'must be set to a real secret when NODE_ENV=production',
    });
  }
  if (env.NODE_ENV === 'production' && env.DEMO_DATA !== undefined && env.DEMO_DATA !== 'off') {
    ctx.addIssue({
      code: 'custom',
      path: ['DEMO_DATA'],
      message: 'must be off when NODE_ENV=production (demo accounts and data do not belong in production)',
    });
  }
});

type Env = z.infer<typeof envSchema>;

/** Unset: the demo organisation on a development machine (what `npm test`'s e2e system expects), nothing elsewhere. */
function demoDataOf(env: Env): DemoDataLevel {
  return env.DEMO_DATA ?? (env.NODE_ENV === 'development' ? 'organisation' : 'off');
}

/** Typed, validated configuration. Inject it; never read `process.env` elsewhere. */
export class AppConfig {
  readonly nodeEnv: Env['NODE_ENV'];
  readonly port: number;
  readonly workerPort: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly eventStore:
    | { kind: 'postgres' }
    | { kind: 'eventstoredb'; connectionString: string };
  readonly logLevel: Env['LOG_LEVEL'];
  readonly auth: {
    tokenSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    seedAdminEmail: string;
    seedAdminPassword: string;
  };
  readonly adminStaticDir: string;
  readonly pace: { reminderHour: number };
  readonly notifications: {
    smtpUrl: string | undefined;
    webhook: { url: string; secret: string } | undefined;
  };
  readonly audit: { sealSecret: string; sealIntervalSeconds: number };
  readonly exports: { directory: string; retentionHours: number; urlTtlSeconds: number; urlSecret: string };
  readonly demoData: DemoDataLevel;

  constructor(env: Env) {
    this.nodeEnv = env.NODE_ENV;
    this.port = env.PORT;
    this.workerPort = env.WORKER_PORT;
    this.databaseUrl = env.DATABASE_URL;
    this.redisUrl = env.REDIS_URL;
    this.eventStore =
      env.EVENT_STORE === 'eventstoredb'
        ? {
            kind: 'eventstoredb',
            connectionString: env.EVENTSTORE_CONNECTION_STRING ?? '',
          }
        : { kind: 'postgres' };
    this.logLevel = env.LOG_LEVEL;
    this.auth = {
      tokenSecret: env.AUTH_TOKEN_SECRET,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      seedAdminEmail: env.SEED_ADMIN_EMAIL,
      seedAdminPassword: env.SEED_ADMIN_PASSWORD,
    };
    this.adminStaticDir = env.ADMIN_STATIC_DIR;
    this.pace = { reminderHour: env.PACE_REMINDER_HOUR };
    this.notifications = {
      smtpUrl: env.SMTP_URL,
      webhook:
        env.NOTIFICATION_WEBHOOK_URL && env.NOTIFICATION_WEBHOOK_SECRET
          ? {
              url: env.NOTIFICATION_WEBHOOK_URL,
              secret: env.NOTIFICATION_WEBHOOK_SECRET,
            }
          : undefined,
    };
    this.audit = {
      sealSecret: env.AUDIT_SEAL_SECRET,
      sealIntervalSeconds: env.AUDIT_SEAL_INTERVAL_SECONDS,
    };
    this.exports = {
      directory: env.EXPORT_DIR,
      retentionHours: env.EXPORT_RETENTION_HOURS,
      urlTtlSeconds: env.EXPORT_URL_TTL_SECONDS,
      urlSecret: env.EXPORT_URL_SECRET,
    };
    this.demoData = demoDataOf(env);
  }
}

export class ConfigValidationError extends Error {
  override readonly name = 'ConfigValidationError';
  constructor(
    readonly problems: readonly { variable: string; reason: string }[],
  ) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.reason}`).join('\n')}`,
    );
  }
}

/** Empty strings count as unset, so `PORT=` falls back to the default like a missing variable. */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (e): e is [string, string] => e[1] !== undefined && e[1] !== '',
    ),
  );
}

/** Parses and validates the environment; throws ConfigValidationError naming every bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  const result = envSchema.safeParse(withoutEmptyValues(env));
  if (result.success) return new AppConfig(result.data);
  throw new ConfigValidationError(
    result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? '(environment)'),
      reason: issue.message,
    })),
  );
}

/** For `main.ts`: a bad or missing value prints what is wrong and exits non-zero before anything starts. */
export function loadConfigOrExit(
  env: NodeJS.ProcessEnv = process.env,
): AppConfig {
  try {
    return parseConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
