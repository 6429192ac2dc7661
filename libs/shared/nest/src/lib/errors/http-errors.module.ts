import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { HTTP_ERROR_MAPPERS, HttpErrorMapper } from './http-error';
import { HttpErrorFilter } from './http-error.filter';
import { createValidationPipe } from './validation-pipe';

/** Registers the global validation pipe and error filter, with the app's extra error mappers tried first. */
@Module({})
export class HttpErrorsModule {
  static forRoot(
    options: { mappers?: readonly HttpErrorMapper[] } = {},
  ): DynamicModule {
    return {
      module: HttpErrorsModule,
      providers: [
        { provide: HTTP_ERROR_MAPPERS, useValue: [...(options.mappers ?? [])] },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
