#!/usr/bin/env node
// `npm start`: builds and starts the whole system on local defaults: PostgreSQL and Redis (started if down), the
// api (HTTP, commands, queries, projections, the built admin app at /) and the worker (queues). Ctrl-C stops it.
import { execSync } from 'node:child_process';
import path from 'node:path';
import { ensureServices } from './lib/services.mjs';
import { startNode, stopAll, workerNodeArgs } from './lib/processes.mjs';
import { httpOk, waitFor } from './lib/wait.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const port = process.env.PORT ?? '3000';
const workerPort = process.env.WORKER_PORT ?? '3001';
const logDir = path.join(root, 'tmp/logs');

Object.assign(process.env, { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NG_CLI_ANALYTICS: 'false', NX_TUI: 'false' });

async function main() {
  await ensureServices();
  console.log('Building api, worker and admin app...');
  execSync('npx nx run-many -t build -p api worker admin --outputStyle=static --parallel=2', {
    cwd: root,
    stdio: 'inherit',
  });
  const env = {
    ADMIN_STATIC_DIR: process.env.ADMIN_STATIC_DIR ?? path.join(root, 'dist/apps/admin/browser'),
    // A first look should show filled reports: rates and three months of hours, unless the user chose otherwise
    // (production refuses demo data, so it gets none by default).
    DEMO_DATA: process.env.DEMO_DATA || (process.env.NODE_ENV === 'production' ? 'off' : 'full'),
  };
  const children = [startNode('api', path.join(root, 'dist/apps/api/main.js'), env, logDir)];
  const stop = async () => {
    console.log('\nStopping...');
    await stopAll(children);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await waitFor('the api to report healthy', () => httpOk(`http://127.0.0.1:${port}/api/v1/health`), 120_000);
  children.push(startNode('worker', path.join(root, 'dist/apps/worker/main.js'), env, logDir, workerNodeArgs(root)));
  await waitFor('the worker to report healthy', () => httpOk(`http://127.0.0.1:${workerPort}/health`), 60_000);
  console.log(`
Ledgerline is running.
  Admin app:   http://localhost:${port}/
  API docs:    http://localhost:${port}/api/docs
  Health:      http://localhost:${port}/api/v1/health
  Demo login:  ${process.env.SEED_ADMIN_EMAIL ?? 'admin@example.com'} / ${process.env.SEED_ADMIN_PASSWORD ?? 'admin-demo-password'} (admin)
${env.DEMO_DATA === 'off' ? '' : '  Other roles: finance@, responsible@, member@, auditor@example.com / demo-password-123 (demo organisation)\n'}  Demo data:   ${demoDataNote(env.DEMO_DATA)}
  Logs:        ${logDir}
Press Ctrl-C to stop.`);
}

function demoDataNote(level) {
  if (level === 'full') return 'rates and three months of hours, written in the background (10 to 30 s; api.log says "Demo hours ready")';
  if (level === 'organisation') return 'the demo organisation only, no hours or rates';
  return 'none';
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
