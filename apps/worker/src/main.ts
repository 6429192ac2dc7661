import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@billing/shared/nest';
import { startWorker } from './app/create-worker';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const worker = await startWorker(config);
  new Logger('Bootstrap').log(
    `worker running; health at http://localhost:${worker.healthPort}/health`,
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
