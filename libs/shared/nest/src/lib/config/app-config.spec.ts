import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigValidationError,
  parseConfig,
  CONFIG_VARIABLE_NAMES,
} from './app-config';
import { DEV_AUTH_TOKEN_SECRET, ENV_VARIABLES } from './env-variables';

const problemsOf = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
};

describe('parseConfig', () => {
  it('needs nothing locally: every variable has a working default', () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.workerPort).toBe(3001);
    expect(config.databaseUrl).toBe(
      'postgres://postgres@127.0.0.1:5432/billing',
    );
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.eventStore).toEqual({ kind: 'postgres' });
    expect(config.auth).toEqual({
      tokenSecret: DEV_AUTH_TOKEN_SECRET,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 2592000,
      seedAdminEmail: 'admin@example.com',
      seedAdminPassword: 'admin-demo-password',
    });
    expect(config.adminStaticDir).toBe('dist/apps/admin/browser');
  });

  it('names the variable and the reason for each bad value', () => {
    expect(
      problemsOf({ PORT: 'abc', EVENT_STORE: 'mongo', REDIS_URL: 'http://x' }),
    ).toEqual([
      { variable: 'PORT', reason: 'must be a number' },
      {
        variable: 'REDIS_URL',
        reason: 'must be a URL starting with redis:// or rediss://',
      },
      {
        variable: 'EVENT_STORE',
        reason: expect.stringContaining('Invalid option'),
      },
    ]);
    expect(problemsOf({ ACCESS_TOKEN_TTL_SECONDS: '-5' })).toEqual([
      { variable: 'ACCESS_TOKEN_TTL_SECONDS', reason: 'must be positive' },
    ]);
  });

  it('requires EVENTSTORE_CONNECTION_STRING with EVENT_STORE=eventstoredb', () => {
    expect(problemsOf({ EVENT_STORE: 'eventstoredb' })).toEqual([
      {
        variable: 'EVENTSTORE_CONNECTION_STRING',
        reason: 'is required when EVENT_STORE=eventstoredb',
      },
    ]);
    const config = parseConfig({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'kurrentdb://127.0.0.1:2113?tls=false',
    });
    expect(config.eventStore).toEqual({
      kind: 'eventstoredb',
      connectionString: 'kurrentdb://127.0.0.1:2113?tls=false',
    });
  });

  it('refuses the development token secret in production, and accepts a real one', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      {
        variable: 'AUTH_TOKEN_SECRET',
        reason: 'must be set to a real secret when NODE_ENV=production',
      },
    ]);
    expect(
      parseConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 's'.repeat(40) })
        .nodeEnv,
    ).toBe('production');
  });

  it('seeds the demo organisation by default in development only', () => {
    expect(parseConfig({}).demoData).toBe('organisation');
    expect(parseConfig({ NODE_ENV: 'development' }).demoData).toBe('organisation');
    expect(parseConfig({ NODE_ENV: 'test' }).demoData).toBe('off');
    expect(parseConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 's'.repeat(40) }).demoData).toBe('off');
    expect(parseConfig({ NODE_ENV: 'test', DEMO_DATA: 'full' }).demoData).toBe('full');
    expect(parseConfig({ DEMO_DATA: 'off' }).demoData).toBe('off');
    expect(parseConfig({ DEMO_DATA: '' }).demoData).toBe('organisation');
    expect(problemsOf({ DEMO_DATA: 'everything' })).toEqual([
      { variable: 'DEMO_DATA', reason: expect.stringContaining('Invalid option') },
    ]);
  });

  it('refuses demo data in production, except off', () => {
    const production = { NODE_ENV: 'production', AUTH_TOKEN_SECRET: 's'.repeat(40) };
    for (const level of ['organisation', 'full']) {
      expect(problemsOf({ ...production, DEMO_DATA: level })).toEqual([
        {
          variable: 'DEMO_DATA',
          reason: 'must be off when NODE_ENV=production (demo accounts and data do not belong in production)',
        },
      ]);
    }
    expect(parseConfig({ ...production, DEMO_DATA: 'off' }).demoData).toBe('off');
  });

  it('treats an empty value as unset', () => {
    expect(parseConfig({ PORT: '' }).port).toBe(3000);
  });

  it('describes exactly the variables it reads (the README table is checked against ENV_VARIABLES)', () => {
    expect(ENV_VARIABLES.map((v) => v.name).sort()).toEqual(
      [...CONFIG_VARIABLE_NAMES].sort(),
    );
    for (const variable of ENV_VARIABLES)
      expect(variable.meaning.length).toBeGreaterThan(10);
  });
});

describe('README environment table', () => {
  it('lists every variable with its default and meaning, as ENV_VARIABLES says', () => {
    const readme = readFileSync(join(__dirname, '../../../../../../README.md'), 'utf8');
    for (const variable of ENV_VARIABLES) {
      const shownDefault =
        variable.defaultText ??
        (variable.defaultValue === undefined
          ? '(none)'
          : variable.defaultValue === ''
            ? '(empty)'
            : `\`${variable.defaultValue}\``);
      expect(readme).toContain(
        `| ${variable.name} | ${shownDefault} | ${variable.meaning} |`,
      );
    }
  });
});
