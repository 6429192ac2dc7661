import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from './domain-errors';

describe('domain errors', () => {
  it.each([
    [
      ValidationError.single('name', 'must not be empty'),
      'ValidationError',
      'VALIDATION_FAILED',
    ],
    [new NotFoundError('Client', 'c-1'), 'NotFoundError', 'NOT_FOUND'],
    [
      new ConflictError('PERIOD_CLOSED', { period: '2026-01' }),
      'ConflictError',
      'PERIOD_CLOSED',
    ],
    [
      new RuleViolationError('MILESTONES_EXCEED_FEE', 'too much'),
      'RuleViolationError',
      'MILESTONES_EXCEED_FEE',
    ],
    [
      new ForbiddenError('clients.write', 'outside scope'),
      'ForbiddenError',
      'FORBIDDEN',
    ],
  ])('%s is a DomainError named %s with code %s', (error, name, code) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
  });

  it('ValidationError lists every field problem in its fields and message', () => {
    const error = new ValidationError([
      { path: 'name', reason: 'must not be empty' },
      { path: 'currency', reason: 'unknown ISO 4217 code' },
    ]);
    expect(error.fields).toHaveLength(2);
    expect(error.message).toBe(
      'Validation failed: name: must not be empty; currency: unknown ISO 4217 code',
    );
  });

  it('NotFoundError and ForbiddenError carry what the HTTP layer shows', () => {
    const notFound = new NotFoundError('Project', 'p-9');
    expect([notFound.entity, notFound.id, notFound.message]).toEqual([
      'Project',
      'p-9',
      'Project p-9 was not found',
    ]);
    expect(new ForbiddenError('rates.write').missingPermission).toBe(
      'rates.write',
    );
  });
});
