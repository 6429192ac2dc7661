import { Module } from '@nestjs/common';
import {
  AppConfig,
  AppConfigModule,
  ClockModule,
  HttpErrorsModule,
  LoggingModule,
} from '@billing/shared/nest';
import { AuthModule } from './auth/auth.module';
import { DatabaseModule } from './database/database.module';
import { mapWrongExpectedRevision } from './event-store/map-wrong-expected-revision';
import { HealthModule } from './health/health.module';

/** The api's composition root. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig) {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot({
          service: 'api',
          quietPaths: ['/api/v1/health'],
        }),
        ClockModule,
        HttpErrorsModule.forRoot({ mappers: [mapWrongExpectedRevision] }),
        DatabaseModule,
        HealthModule,
        AuthModule,
      ],
    };
  }
}
