/**
 * Domain errors. Their class names and `code`s are part of the contract with the HTTP layer, which maps
 * ValidationError -> 400, ForbiddenError -> 403, NotFoundError -> 404, ConflictError -> 409 and
 * RuleViolationError -> 422. Keep the names stable.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `billingModel.fee.amountMinor`. */
  path: string;
  reason: string;
}

/** The input is malformed or out of range (400). */
export class ValidationError extends DomainError {
  readonly code = 'VALIDATION_FAILED';

  constructor(readonly fields: FieldProblem[]) {
    super(
      `Validation failed: ${fields.map((field) => `${field.path}: ${field.reason}`).join('; ')}`,
    );
  }

  static single(path: string, reason: string): ValidationError {
    return new ValidationError([{ path, reason }]);
  }
}

/** The addressed entity does not exist (404). */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';

  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
  }
}

/** The write collides with the current state, e.g. a duplicate or a closed period (409). */
export class ConflictError extends DomainError {
  constructor(
    readonly code: string,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? `Conflict: ${code}`);
  }
}

/** The input is well-formed but a business rule forbids it (422). */
export class RuleViolationError extends DomainError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The principal lacks a permission, or the permission does not reach the resource (403). */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';

  constructor(
    readonly missingPermission: string,
    readonly reason?: string,
  ) {
    super(
      `Forbidden: missing permission ${missingPermission}${reason ? ` (${reason})` : ''}`,
    );
  }
}
