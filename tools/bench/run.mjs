#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --only=append,command,catchup,rebuild]`
// Installs the peer event store into tools/bench/peer on first use (it cannot live in the root package.json: its
// commander@12 peer conflicts with the workspace), then runs src/main.ts through ts-node with the repo's tsconfig paths.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const benchDir = import.meta.dirname;
const root = path.resolve(benchDir, '../..');
const peerDir = path.join(benchDir, 'peer');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (
  !existsSync(
    path.join(
      peerDir,
      'node_modules/@event-driven-io/emmett-postgresql/package.json',
    ),
  )
) {
  console.log(
    'Installing the peer event store into tools/bench/peer (first use)...',
  );
  execFileSync(
    npm,
    ['install', '--prefix', peerDir, '--no-audit', '--no-fund'],
    { cwd: root, stdio: 'inherit' },
  );
}

const child = spawn(
  process.execPath,
  [
    '-r',
    'ts-node/register/transpile-only',
    '-r',
    'tsconfig-paths/register',
    path.join(benchDir, 'src/main.ts'),
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      TS_NODE_PROJECT: path.join(benchDir, 'tsconfig.json'),
      TS_NODE_TRANSPILE_ONLY: 'true',
    },
  },
);
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
