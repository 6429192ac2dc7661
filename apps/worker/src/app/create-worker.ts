import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Server } from 'node:http';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@billing/shared/nest';
import { startHealthServer } from './health/health-server';
import { WorkerHealth } from './health/worker-health';
import { WorkerModule } from './worker.module';

export interface RunningWorker {
  context: INestApplicationContext;
  healthServer: Server;
  healthPort: number;
  stop(): Promise<void>;
}

/** Boots the worker's Nest context and its health server on `port` (0 = any free port). */
export async function startWorker(
  config: AppConfig,
  port = config.workerPort,
): Promise<RunningWorker> {
  const context = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config),
    { bufferLogs: true },
  );
  context.useLogger(context.get(Logger));
  context.enableShutdownHooks();
  const { server, port: healthPort } = await startHealthServer(
    context.get(WorkerHealth),
    port,
  );
  const stop = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // idle keep-alive sockets would hold close() for seconds
    });
    await context.close();
  };
  return { context, healthServer: server, healthPort, stop };
}
