/** The JSON body of every error the HTTP layer returns. `error` is the stable category clients switch on. */
export interface HttpErrorBody {
  error: string;
  message: string;
  [detail: string]: unknown;
}

export interface MappedHttpError {
  status: number;
  /** Our error shape, or a body passed through as is (terminus health results on 503). */
  body: HttpErrorBody | Record<string, unknown>;
}

/**
 * Maps one kind of error to HTTP, or returns undefined to pass. Apps register extra mappers (e.g. for the
 * event store's WrongExpectedRevisionError) under HTTP_ERROR_MAPPERS; the filter tries them before its own rules.
 */
export type HttpErrorMapper = (error: unknown) => MappedHttpError | undefined;

export const HTTP_ERROR_MAPPERS = Symbol('HTTP_ERROR_MAPPERS');
