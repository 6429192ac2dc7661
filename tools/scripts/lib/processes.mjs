// Starts the built api and worker as child processes in their own process groups, and stops what it started.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `nodeArgs`: Node's own options, e.g. the worker's heap cap from apps/worker/runtime.json. */
export function startNode(name, script, env, logDir, nodeArgs = []) {
  let output = 'inherit';
  if (logDir) {
    mkdirSync(logDir, { recursive: true });
    output = 'pipe';
  }
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', output, output],
    detached: true,
  });
  if (logDir) {
    const log = createWriteStream(path.join(logDir, `${name}.log`));
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  }
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`${name} exited unexpectedly (code ${code}, signal ${signal})`);
  });
  return child;
}

export async function stopAll(children) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.stopping = true;
          child.once('exit', resolve);
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            resolve();
          }
          setTimeout(() => {
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              /* already gone */
            }
          }, 10_000).unref();
        }),
    ),
  );
}

/** The worker's Node arguments (apps/worker/runtime.json), shared by npm start, npm test, the Dockerfile and the bench. */
export function workerNodeArgs(root) {
  return JSON.parse(readFileSync(path.join(root, 'apps/worker/runtime.json'), 'utf8')).nodeArgs;
}
