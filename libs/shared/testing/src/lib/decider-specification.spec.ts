import {
  Decider,
  RuleViolationError,
  ValidationError,
  assertNever,
} from '@billing/shared/kernel';
import { spec } from './decider-specification';

type CounterEvent = { type: 'counter-incremented'; data: { by: number } };
type CounterCommand = { type: 'increment'; by: number } | { type: 'reset' };
interface CounterContext {
  limit: number;
}

const counter: Decider<CounterCommand, number, CounterEvent, CounterContext> = {
  initialState: 0,
  decide(command, state, context) {
    switch (command.type) {
      case 'increment':
        if (command.by <= 0) {
          throw ValidationError.single('by', 'must be positive');
        }
        if (state + command.by > context.limit) {
          throw new RuleViolationError('LIMIT_EXCEEDED', 'over the limit');
        }
        return [{ type: 'counter-incremented', data: { by: command.by } }];
      case 'reset':
        return [];
      default:
        return assertNever(command, 'command');
    }
  },
  evolve(state, event) {
    return state + event.data.by;
  },
};

const increment = (by: number): CounterEvent => ({
  type: 'counter-incremented',
  data: { by },
});

describe('DeciderSpecification', () => {
  it('passes when the expected events are produced from the given history', () => {
    spec(counter, { limit: 10 })
      .given([increment(4)])
      .when({ type: 'increment', by: 6 })
      .then([increment(6)]);
  });

  it('fails when the produced events differ', () => {
    expect(() =>
      spec(counter, { limit: 10 })
        .given([])
        .when({ type: 'increment', by: 2 })
        .then([increment(3)]),
    ).toThrow();
  });

  it('uses the context given to when over the default one', () => {
    spec(counter, { limit: 10 })
      .given([increment(4)])
      .when({ type: 'increment', by: 2 }, { limit: 5 })
      .thenThrows(
        RuleViolationError,
        (error) => error.code === 'LIMIT_EXCEEDED',
      );
  });

  it('thenThrows returns the error for further assertions', () => {
    const error = spec(counter, { limit: 10 })
      .given([])
      .when({ type: 'increment', by: 0 })
      .thenThrows(ValidationError);
    expect(error.fields).toEqual([{ path: 'by', reason: 'must be positive' }]);
  });

  it('thenThrows fails on the wrong class, a failed predicate, or no error', () => {
    const given = spec(counter, { limit: 10 }).given([]);
    expect(() =>
      given.when({ type: 'increment', by: 0 }).thenThrows(RuleViolationError),
    ).toThrow(/Expected RuleViolationError but ValidationError/);
    expect(() =>
      given
        .when({ type: 'increment', by: 0 })
        .thenThrows(ValidationError, (error) => error.fields.length === 2),
    ).toThrow(/did not match the predicate/);
    expect(() =>
      given.when({ type: 'increment', by: 1 }).thenThrows(ValidationError),
    ).toThrow(/the command was accepted/);
  });

  it('thenNothingHappens expects no events', () => {
    spec(counter, { limit: 10 })
      .given([increment(1)])
      .when({ type: 'reset' })
      .thenNothingHappens();
    expect(() =>
      spec(counter, { limit: 10 })
        .given([])
        .when({ type: 'increment', by: 1 })
        .thenNothingHappens(),
    ).toThrow();
  });
});
