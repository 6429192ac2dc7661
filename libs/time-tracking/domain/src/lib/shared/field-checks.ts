import { FieldProblem, Id, ValidationError, isUuid } from '@billing/shared/kernel';
import { Instant, parseInstant } from './instant';

/**
 * Collects every field problem of a command before failing, so a form can show them all at once.
 * Each check returns the (normalised) value so decide functions read top to bottom.
 */
export class FieldChecks {
  private readonly problems: FieldProblem[] = [];

  add(path: string, reason: string): void {
    this.problems.push({ path, reason });
  }

  id<Brand extends string>(value: Id<Brand>, path: string): Id<Brand> {
    if (!isUuid(value)) {
      this.add(path, 'must be a lower-case UUID');
    }
    return value;
  }

  instant(value: Instant, path: string): Instant {
    try {
      return parseInstant(value, path);
    } catch (error) {
      this.absorb(error);
      return value;
    }
  }

  /** Runs a check that throws ValidationError and keeps its problems instead. */
  collect<T>(check: () => T, fallback: T): T {
    try {
      return check();
    } catch (error) {
      this.absorb(error);
      return fallback;
    }
  }

  get hasProblems(): boolean {
    return this.problems.length > 0;
  }

  /** Throws one ValidationError listing every problem found so far. */
  throwIfAny(): void {
    if (this.problems.length > 0) {
      throw new ValidationError([...this.problems]);
    }
  }

  private absorb(error: unknown): void {
    if (error instanceof ValidationError) {
      this.problems.push(...error.fields);
      return;
    }
    throw error;
  }
}
