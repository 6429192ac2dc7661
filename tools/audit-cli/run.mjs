#!/usr/bin/env node
// `node tools/audit-cli/run.mjs verify [--stream S]` | `node tools/audit-cli/run.mjs history <stream>`
// Runs src/main.ts through ts-node with the repo's tsconfig paths, against DATABASE_URL.
import { spawn } from 'node:child_process';
import path from 'node:path';

const cliDir = import.meta.dirname;
const root = path.resolve(cliDir, '../..');

const child = spawn(
  process.execPath,
  ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', path.join(cliDir, 'src/main.ts'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TS_NODE_PROJECT: path.join(cliDir, 'tsconfig.json'), TS_NODE_TRANSPILE_ONLY: 'true' },
  },
);
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
