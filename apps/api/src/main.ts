import { Logger } from '@nestjs/common';
import { DEV_AUTH_TOKEN_SECRET, loadConfigOrExit } from '@billing/shared/nest';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  // The application's modules load only once the configuration is valid: a bad variable stops the process at once.
  const { createApiApp } = await import('./app/create-api-app');
  const { GLOBAL_PREFIX } = await import('./app/configure-http-app');
  const app = await createApiApp(config);
  await app.listen(config.port);
  // Idle keep-alive sockets outlive a load balancer's (typically 60 s) and clients' own idle timers by a wide margin:
  // with Node's 5 s default, a client that reuses a socket just as the api closes it gets 'other side closed'.
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const logger = new Logger('Bootstrap');
  logger.log(
    `api listening on http://localhost:${config.port}/${GLOBAL_PREFIX} (docs at /api/docs)`,
  );
  // DEMO_DATA=full: rates and months of hours go in after start, so the api answers while they are written.
  const { DemoHoursSeeder } = await import('./app/demo/demo-hours.seeder');
  app.get(DemoHoursSeeder).startInBackground();
  if (config.auth.tokenSecret === DEV_AUTH_TOKEN_SECRET) {
    logger.warn(
      'AUTH_TOKEN_SECRET is the development default: set a real secret before exposing this server',
    );
  }
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `api failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
