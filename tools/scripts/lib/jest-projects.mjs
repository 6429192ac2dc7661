// Runs the Jest target of every project (each apps/*/ or libs/**/jest.config.cts, as the @nx/jest plugin infers
// them) a few at a time, the slowest first. `nx run-many` orders equal tasks by how many projects depend on them,
// which starts the apps' and reporting's long integration suites last and leaves one core idle at the end.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

// Slowest first, by each project's own run measured one at a time (2026-11-26, a loaded 2-core machine); every other
// project (under 40 s there) follows in path order.
const SLOWEST_FIRST = [
  'libs/reporting/application',
  'libs/billing/application',
  'libs/time-tracking/application',
  'libs/closing/application',
  'apps/admin',
  'libs/audit/application',
  'libs/access/application',
  'libs/organisation/application',
  'apps/api',
  'apps/worker',
  'libs/event-store',
  'libs/closing/domain',
  'libs/organisation/domain',
  'libs/pace/application',
];

function findJestProjects(root, dir) {
  const found = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'jest.config.cts') found.push(dir);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'src') found.push(...findJestProjects(root, path.join(dir, entry.name)));
  }
  return found;
}

export function jestProjects(root) {
  const all = [...findJestProjects(root, 'apps'), ...findJestProjects(root, 'libs')].sort();
  const rank = (project) => {
    const index = SLOWEST_FIRST.indexOf(project);
    return index === -1 ? SLOWEST_FIRST.length : index;
  };
  return all.sort((a, b) => rank(a) - rank(b));
}

function runJest(root, project) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), '-c', path.join(project, 'jest.config.cts')], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Buffered per project, so two runs' lines do not interleave.
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`\n--- ${project} (${seconds} s, ${code === 0 ? 'passed' : `FAILED, exit ${code}`})\n${output}`);
      resolve({ project, ok: code === 0, seconds });
    });
  });
}

/** Runs the projects' tests (every project's by default) `parallel` at a time; resolves true when all passed. */
export async function runJestProjects(root, parallel, projects = jestProjects(root)) {
  const queue = [...projects];
  const results = [];
  const lane = async () => {
    for (let project = queue.shift(); project !== undefined; project = queue.shift()) results.push(await runJest(root, project));
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  const failed = results.filter((result) => !result.ok).map((result) => result.project);
  console.log(`\n${results.length} projects tested${failed.length ? `, failed: ${failed.join(', ')}` : ''}`);
  console.log(results.map((result) => `${result.project} ${result.seconds} s`).join('\n'));
  return failed.length === 0;
}
