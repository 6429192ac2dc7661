import {
  BadRequestException,
  HttpStatus,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { HttpErrorFilter } from './http-error.filter';

describe('HttpErrorFilter.toHttp', () => {
  const filter = new HttpErrorFilter();

  it.each([
    [
      ValidationError.single('name', 'must not be empty'),
      400,
      {
        error: 'VALIDATION_FAILED',
        fields: [{ path: 'name', reason: 'must not be empty' }],
      },
    ],
    [
      new NotFoundError('Client', 'c-1'),
      404,
      { error: 'NOT_FOUND', entity: 'Client', id: 'c-1' },
    ],
    [
      new ConflictError('PERIOD_CLOSED', { period: '2026-01' }),
      409,
      { error: 'CONFLICT', code: 'PERIOD_CLOSED', period: '2026-01' },
    ],
    [
      new RuleViolationError('MILESTONES_EXCEED_FEE', 'too much'),
      422,
      {
        error: 'RULE_VIOLATION',
        code: 'MILESTONES_EXCEED_FEE',
        message: 'too much',
      },
    ],
    [
      new ForbiddenError('rates.write'),
      403,
      { error: 'FORBIDDEN', missingPermission: 'rates.write' },
    ],
  ])('maps %s to %i', (error, status, body) => {
    const mapped = filter.toHttp(error);
    expect(mapped.status).toBe(status);
    expect(mapped.body).toMatchObject(body);
  });

  it('keeps the status of Nest HTTP exceptions, in the common body shape', () => {
    expect(filter.toHttp(new NotFoundException('Cannot GET /x'))).toEqual({
      status: 404,
      body: { error: 'NOT_FOUND', message: 'Cannot GET /x' },
    });
    expect(
      filter.toHttp(
        new BadRequestException({ error: 'SOME_CODE', message: 'm' }),
      ),
    ).toEqual({ status: 400, body: { error: 'SOME_CODE', message: 'm' } });
  });

  it('passes a terminus health result through on 503', () => {
    const result = {
      status: 'error',
      info: {},
      error: { redis: { status: 'down' } },
      details: { redis: { status: 'down' } },
    };
    expect(filter.toHttp(new ServiceUnavailableException(result))).toEqual({
      status: HttpStatus.SERVICE_UNAVAILABLE,
      body: result,
    });
  });

  it('answers 500 without internals for unknown errors', () => {
    const mapped = filter.toHttp(
      new Error(
        'password authentication failed for user "postgres" at 10.0.0.3',
      ),
    );
    expect(mapped).toEqual({
      status: 500,
      body: { error: 'INTERNAL_ERROR', message: 'Internal server error' },
    });
  });

  it('maps a malformed request body (an exposed 4xx from Express middleware) to 400', () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token'), {
      status: 400,
      expose: true,
    });
    expect(filter.toHttp(parseError)).toEqual({
      status: 400,
      body: { error: 'BAD_REQUEST', message: 'Unexpected token' },
    });
  });

  it('tries the app-provided mappers first', () => {
    class StaleRevision extends Error {}
    const withMapper = new HttpErrorFilter([
      (error) =>
        error instanceof StaleRevision
          ? {
              status: 409,
              body: {
                error: 'CONFLICT',
                message: 'stale',
                expected: 1,
                actual: 2,
              },
            }
          : undefined,
    ]);
    expect(withMapper.toHttp(new StaleRevision())).toEqual({
      status: 409,
      body: { error: 'CONFLICT', message: 'stale', expected: 1, actual: 2 },
    });
    expect(withMapper.toHttp(new NotFoundError('Client', 'c')).status).toBe(
      404,
    );
  });
});
