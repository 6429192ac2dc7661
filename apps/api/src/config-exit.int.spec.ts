import { spawn } from 'node:child_process';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '../../..');

/** Runs the api's real entry point (through ts-node) with `env` and returns how it ended. */
function runApiMain(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register',
        '-r',
        'tsconfig-paths/register',
        'apps/api/src/main.ts',
      ],
      {
        cwd: workspaceRoot,
        env: {
          ...process.env,
          TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
          TS_NODE_TRANSPILE_ONLY: 'true',
          LOG_LEVEL: 'silent',
          ...env,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`api did not exit within 60 s; stderr so far:\n${stderr}`),
      );
    }, 60000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('api start-up with invalid configuration', () => {
  it.each([
    ['PORT', 'abc', /PORT: must be a number/],
    ['EVENT_STORE', 'mongo', /EVENT_STORE: Invalid option/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL: must be a URL/],
  ])('exits non-zero naming %s when it is %s', async (name, value, message) => {
    const { code, stderr } = await runApiMain({ [name]: value });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
  });

  it('refuses the development AUTH_TOKEN_SECRET in production', async () => {
    const { code, stderr } = await runApiMain({
      NODE_ENV: 'production',
      AUTH_TOKEN_SECRET: '',
    });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      /AUTH_TOKEN_SECRET: must be set to a real secret when NODE_ENV=production/,
    );
  });
});
