import { HttpException, HttpStatus } from '@nestjs/common';
import { HttpErrorBody, MappedHttpError } from './http-error';

const CATEGORY_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'RULE_VIOLATION',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

const categoryOf = (status: number): string =>
  CATEGORY_BY_STATUS[status] ??
  (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');

function isOwnBody(value: unknown): value is HttpErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as HttpErrorBody).error === 'string' &&
    /^[A-Z_]+$/.test((value as HttpErrorBody).error)
  );
}

/** Nest's HttpExceptions (thrown by guards, pipes, terminus, or controllers) keep their status, in our body shape. */
export function mapHttpException(error: unknown): MappedHttpError | undefined {
  if (!(error instanceof HttpException)) return undefined;
  const status = error.getStatus();
  const response = error.getResponse();
  if (
    status === HttpStatus.SERVICE_UNAVAILABLE &&
    typeof response === 'object' &&
    response !== null &&
    'status' in response
  ) {
    return { status, body: response as Record<string, unknown> }; // terminus health result: keep it as is
  }
  if (isOwnBody(response)) return { status, body: response };
  const message =
    typeof response === 'string'
      ? response
      : String((response as { message?: unknown }).message ?? error.message);
  return {
    status,
    body: {
      error: categoryOf(status),
      message: status >= 500 ? 'Internal server error' : message,
    },
  };
}

/** Errors from Express middleware (e.g. a malformed JSON body) carry an `expose`d 4xx status. */
export function mapExposedClientError(
  error: unknown,
): MappedHttpError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, expose, message } = error as {
    status?: unknown;
    expose?: unknown;
    message?: unknown;
  };
  if (
    typeof status !== 'number' ||
    status < 400 ||
    status >= 500 ||
    expose !== true
  )
    return undefined;
  return {
    status,
    body: {
      error: categoryOf(status),
      message: typeof message === 'string' ? message : 'Bad request',
    },
  };
}
