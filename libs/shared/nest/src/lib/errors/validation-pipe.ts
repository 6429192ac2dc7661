import {
  ValidationPipe,
  ValidationError as ClassValidatorError,
} from '@nestjs/common';
import { FieldProblem, ValidationError } from '@billing/shared/kernel';

function fieldProblems(
  errors: readonly ClassValidatorError[],
  parent = '',
): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      path,
      reason,
    }));
    return [...own, ...fieldProblems(error.children ?? [], path)];
  });
}

/** Unknown fields are refused (400 naming the field); every problem is reported as `{ path, reason }`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationError(fieldProblems(errors)),
  });
}
