import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpStatus,
  Inject,
  Logger,
  Optional,
} from '@nestjs/common';
import type { Response } from 'express';
import {
  HTTP_ERROR_MAPPERS,
  HttpErrorMapper,
  MappedHttpError,
} from './http-error';
import { mapDomainError } from './map-domain-error';
import { mapExposedClientError, mapHttpException } from './map-http-exception';

const INTERNAL_ERROR: MappedHttpError = {
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  body: { error: 'INTERNAL_ERROR', message: 'Internal server error' },
};

/** Global filter: every error becomes one JSON shape; unknown errors are logged and answered without internals. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);
  private readonly mappers: readonly HttpErrorMapper[];

  constructor(
    @Optional() @Inject(HTTP_ERROR_MAPPERS) extraMappers?: HttpErrorMapper[],
  ) {
    this.mappers = [
      ...(extraMappers ?? []),
      mapDomainError,
      mapHttpException,
      mapExposedClientError,
    ];
  }

  toHttp(error: unknown): MappedHttpError {
    for (const mapper of this.mappers) {
      const mapped = mapper(error);
      if (mapped) return mapped;
    }
    return INTERNAL_ERROR;
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const mapped = this.toHttp(error);
    if (mapped === INTERNAL_ERROR) {
      this.logger.error(
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
    }
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    response.status(mapped.status).json(mapped.body);
  }
}
