import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@billing/shared/nest';
import { apiDataSourceOptions } from './api-data-source-options';

/** The api's TypeORM connection. Migrations already ran in `prepareDatabase` before Nest started. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...apiDataSourceOptions(config.databaseUrl),
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
