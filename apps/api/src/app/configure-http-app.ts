import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@billing/shared/nest';
import { serveAdminApp } from './admin-app/serve-admin-app';

export const GLOBAL_PREFIX = 'api/v1';
export const DOCS_PATH = 'api/docs';

/** Everything about the HTTP surface that is not a module: prefix, OpenAPI, logger, the admin app's files. */
export function configureHttpApp(app: NestExpressApplication): void {
  const config = app.get(AppConfig);
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.setGlobalPrefix(GLOBAL_PREFIX);
  app.enableShutdownHooks();
  app.disable('x-powered-by');

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Billing API')
      .setDescription('Client billing and time tracking')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
  });

  const served = serveAdminApp(app, config.adminStaticDir, '/api');
  if (served) logger.log(`Serving the admin app from ${served}`, 'AdminApp');
}
