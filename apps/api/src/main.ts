import { Logger } from '@nestjs/common';
import { DEV_AUTH_TOKEN_SECRET, loadConfigOrExit } from '@billing/shared/nest';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  // The application's modules load only once the configuration is valid: a bad variable stops the process at once.
  const { createApiApp } = await import('./app/create-api-app');
  const { GLOBAL_PREFIX } = await import('./app/configure-http-app');
  const app = await createApiApp(config);
  await app.listen(config.port);
  const logger = new Logger('Bootstrap');
  logger.log(
    `api listening on http://localhost:${config.port}/${GLOBAL_PREFIX} (docs at /api/docs)`,
  );
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
