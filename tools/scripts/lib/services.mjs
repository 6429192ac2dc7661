// Makes sure the local PostgreSQL and Redis answer, starting them with the machine's own commands when they are
// down, and creates the databases the system and its tests use. Fails loudly with the reason otherwise.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { waitFor } from './wait.mjs';

const PG = { host: '127.0.0.1', port: 5432 };
const REDIS = { host: '127.0.0.1', port: 6379 };

export function canConnect({ host, port }, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function run(command) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: 'inherit', shell: '/bin/bash' });
}

async function ensurePostgres() {
  if (await canConnect(PG)) return;
  if (!existsSync('/etc/postgresql')) {
    throw new Error('PostgreSQL is not answering on 127.0.0.1:5432 and no local cluster is installed: start one (see README).');
  }
  const version = readdirSync('/etc/postgresql')[0];
  run(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`);
  await waitFor('PostgreSQL on 127.0.0.1:5432', () => canConnect(PG), 30_000);
}

async function ensureRedis() {
  if (await canConnect(REDIS)) return;
  run(
    'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no ' +
      '--dir /var/lib/redis --logfile /var/log/redis/ci.log',
  );
  await waitFor('Redis on 127.0.0.1:6379', () => canConnect(REDIS), 30_000);
}

export async function ensureServices() {
  await ensurePostgres();
  await ensureRedis();
}

export async function ensureDatabases(names) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ host: PG.host, port: PG.port, user: process.env.PGUSER ?? 'postgres', database: 'postgres' });
  await client.connect();
  try {
    for (const name of names) {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (rowCount === 0) await client.query(`create database "${name}"`);
    }
  } finally {
    await client.end();
  }
}
