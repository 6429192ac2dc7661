#!/usr/bin/env node
// `npm test`: every test of the workspace. Starts PostgreSQL and Redis if they are down, runs unit and
// integration tests, builds and starts the api and worker on spare ports for the end-to-end tests, stops what it
// started, and prints one closing line with the counts.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runJestProjects } from './lib/jest-projects.mjs';
import { ensureDatabases, ensureServices } from './lib/services.mjs';
import { startNode, stopAll, workerNodeArgs } from './lib/processes.mjs';
import { demoLoginOk, httpOk, waitFor } from './lib/wait.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const resultsDir = path.join(root, 'tmp/test-results');
const e2eDatabase = 'billing_e2e';
const apiPort = process.env.E2E_API_PORT ?? '3180';
const workerPort = process.env.E2E_WORKER_PORT ?? '3181';
// Its own Redis database, emptied first: a system started with `npm start` (database 0) must not take its jobs.
const e2eRedisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/12';

Object.assign(process.env, {
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NG_CLI_ANALYTICS: 'false',
  NX_TUI: 'false',
  TEST_RESULTS_DIR: resultsDir,
});

function step(title, command) {
  console.log(`\n=== ${title}\n$ ${command}`);
  try {
    execSync(command, { cwd: root, stdio: 'inherit', shell: '/bin/bash' });
    return true;
  } catch {
    console.error(`=== FAILED: ${title}`);
    return false;
  }
}

async function recreateDatabase(name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

async function emptyRedisDatabase(url) {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}

async function runEndToEnd() {
  await recreateDatabase(e2eDatabase);
  await emptyRedisDatabase(e2eRedisUrl);
  const env = {
    // The end-to-end system runs as a developer would start it, demo organisation included.
    NODE_ENV: 'development',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${e2eDatabase}`,
    REDIS_URL: e2eRedisUrl,
    PORT: apiPort,
    WORKER_PORT: workerPort,
    LOG_LEVEL: 'warn',
    ADMIN_STATIC_DIR: path.join(root, 'dist/apps/admin/browser'),
  };
  const logDir = path.join(root, 'tmp/e2e-logs');
  const children = [];
  try {
    children.push(startNode('api', path.join(root, 'dist/apps/api/main.js'), env, logDir));
    await waitFor(`api health on port ${apiPort}`, () => httpOk(`http://127.0.0.1:${apiPort}/api/v1/health`), 90_000);
    children.push(startNode('worker', path.join(root, 'dist/apps/worker/main.js'), env, logDir, workerNodeArgs(root)));
    await waitFor(`worker health on port ${workerPort}`, () => httpOk(`http://127.0.0.1:${workerPort}/health`), 60_000);
    // The specs sign in as the demo people first; on a loaded machine their accounts can trail the api's health.
    await waitFor('the demo finance sign-in', () => demoLoginOk(`http://127.0.0.1:${apiPort}`), 60_000);
    process.env.E2E_BASE_URL = `http://127.0.0.1:${apiPort}`;
    process.env.E2E_WORKER_URL = `http://127.0.0.1:${workerPort}`;
    // Specs that look at the queues themselves (the exports spec pauses its queue) use the same Redis database.
    process.env.REDIS_URL = e2eRedisUrl;
    return step('End-to-end tests (api, worker and admin app in Chromium)', 'npx nx run-many -t e2e --outputStyle=static --parallel=1');
  } catch (error) {
    console.error(`=== FAILED: end-to-end set-up: ${error.message} (logs in ${logDir})`);
    return false;
  } finally {
    await stopAll(children);
  }
}

function summarise() {
  const totals = { passed: 0, failed: 0, skipped: 0, brokenSuites: 0 };
  if (existsSync(resultsDir)) {
    for (const file of readdirSync(resultsDir)) {
      const result = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
      totals.passed += result.passed;
      totals.failed += result.failed;
      totals.skipped += result.skipped;
      totals.brokenSuites += result.runtimeErrorSuites;
    }
  }
  return totals;
}

async function main() {
  rmSync(resultsDir, { recursive: true, force: true });
  await ensureServices();
  await ensureDatabases(['billing_test', 'billing_es_test', 'billing_api_test']);
  const outcomes = [];
  outcomes.push(step('Type-check the specs (their Jest runs only transpile)', 'npx tsc -p tsconfig.specs.json'));
  console.log('\n=== Unit and integration tests (every Jest project, two at a time, the slowest first)');
  const unitsPassed = await runJestProjects(root, 2);
  if (!unitsPassed) console.error('=== FAILED: Unit and integration tests');
  outcomes.push(unitsPassed);
  const built = step('Build api, worker and admin app', 'npx nx run-many -t build -p api worker admin --outputStyle=static --parallel=2');
  outcomes.push(built);
  if (built) outcomes.push(await runEndToEnd());
  const totals = summarise();
  const ok = outcomes.every(Boolean) && totals.failed === 0 && totals.brokenSuites === 0 && totals.passed > 0;
  console.log(`\n${ok ? 'ALL TESTS PASSED' : 'TESTS FAILED'}`);
  if (totals.brokenSuites > 0) console.log(`${totals.brokenSuites} test suites failed to run`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
});
