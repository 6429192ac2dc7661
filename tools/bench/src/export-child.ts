/**
 * One export in a process of its own, so its peak RSS is the export's and nothing else's: the worker's runner
 * (snapshot + cursor + file writer) against the bench database. Prints one JSON line. The bench runs it bundled to
 * plain JavaScript (export-child-bundle.ts), without ts-node in the process.
 * argv: <connectionString> <format> <exportDir>
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createPostgresEventStore } from '@billing/event-store';
import { ExportJobRunner, ExportStreams, LocalDiskExportStorage } from '@billing/exports/application';
import type { ExportFormat } from '@billing/exports/domain';
import { SystemClock } from '@billing/shared/kernel';

async function main(): Promise<void> {
  const [connectionString, format, directory] = process.argv.slice(2) as [string, ExportFormat, string];
  const store = createPostgresEventStore({ connectionString, maxConnections: 2 });
  const pool = new Pool({ connectionString, max: 2 });
  const streams = new ExportStreams(store);
  const clock = new SystemClock();
  const exportId = randomUUID();
  await streams.execute(
    exportId,
    {
      type: 'request-export',
      data: {
        exportId,
        format,
        definition: { kind: 'time-report', period: { from: '2020-01-01', to: '2029-12-31' }, groupBy: ['client'] },
        scope: { kind: 'all' },
        requestedBy: 'bench',
      },
    },
    'bench',
    clock.now(),
  );
  const runner = new ExportJobRunner(pool, new LocalDiskExportStorage(directory), streams, clock);
  let rows = 0;
  // The resident set while the export runs, sampled: its start is the loaded code, its growth what the export holds.
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  let peakRssMb = startRssMb;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, process.memoryUsage().rss / 2 ** 20)), 50);
  const started = performance.now();
  const outcome = await runner.run(exportId, { attempt: 1, reportProgress: async (progress) => void (rows = progress.rowsWritten) });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const state = await streams.requestOf(exportId);
  process.stdout.write(
    `${JSON.stringify({ outcome, seconds, rows, startRssMb, peakRssMb, format: state?.format })}\n`,
  );
  await pool.end();
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
