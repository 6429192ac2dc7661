import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, prepareDatabase } from '@billing/shared/nest';
import { AppModule } from './app.module';
import { configureHttpApp } from './configure-http-app';
import { apiDataSourceOptions } from './database/api-data-source-options';

/** Prepares the database (create + migrate) and builds the configured, not yet listening, api. */
export async function createApiApp(
  config: AppConfig,
): Promise<NestExpressApplication> {
  await prepareDatabase({
    ...apiDataSourceOptions(config.databaseUrl),
    url: config.databaseUrl,
  });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config),
    { bufferLogs: true },
  );
  configureHttpApp(app);
  return app;
}
