import { Decider, DomainError } from '@billing/shared/kernel';

/**
 * Given / when / then for pure deciders:
 *
 *   spec(clientDecider, defaultContext)
 *     .given([clientCreated])
 *     .when(changeCurrency, { hasBilledHours: true })
 *     .thenThrows(RuleViolationError, (error) => error.code === 'CLIENT_HAS_BILLED_HOURS');
 *
 * `then` compares the produced events with toEqual, so a failure shows the diff.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ErrorClass<E extends Error> = abstract new (...args: any[]) => E;

export interface DeciderGiven<Command, Event, Context> {
  when(command: Command, context?: Context): DeciderWhen<Event>;
}

export interface DeciderWhen<Event> {
  then(expected: readonly Event[]): void;
  /** Shorthand for `then([])`: the command was accepted and changed nothing (idempotent repeat). */
  thenNothingHappens(): void;
  thenThrows<E extends Error>(
    errorClass: ErrorClass<E>,
    predicate?: (error: E) => boolean,
  ): E;
}

export interface DeciderSpecification<Command, Event, Context> {
  given(events: readonly Event[]): DeciderGiven<Command, Event, Context>;
}

export function spec<Command, State, Event, Context>(
  decider: Decider<Command, State, Event, Context>,
  defaultContext?: Context,
): DeciderSpecification<Command, Event, Context> {
  return {
    given(events) {
      return {
        when(command, context) {
          const run = (): Event[] => {
            const state = events.reduce(
              (current, event) => decider.evolve(current, event),
              decider.initialState,
            );
            return decider.decide(
              command,
              state,
              (context ?? defaultContext) as Context,
            );
          };
          return {
            then(expected) {
              const produced = run();
              expect(produced).toEqual(expected);
              // Whatever was decided must also be foldable: evolve has to accept its own events.
              const state = [...events, ...produced].reduce(
                (current, event) => decider.evolve(current, event),
                decider.initialState,
              );
              expect(state).toBeDefined();
            },
            thenNothingHappens() {
              expect(run()).toEqual([]);
            },
            thenThrows<E extends Error>(
              errorClass: ErrorClass<E>,
              predicate?: (error: E) => boolean,
            ): E {
              let produced: Event[] | undefined;
              try {
                produced = run();
              } catch (error) {
                if (!(error instanceof errorClass)) {
                  throw new Error(
                    `Expected ${errorClass.name} but ${describeError(error)} was thrown`,
                    { cause: error },
                  );
                }
                if (predicate !== undefined && !predicate(error)) {
                  throw new Error(
                    `${describeError(error)} was thrown but did not match the predicate`,
                    {
                      cause: error,
                    },
                  );
                }
                return error;
              }
              throw new Error(
                `Expected ${errorClass.name} but the command was accepted with events ${JSON.stringify(produced)}`,
              );
            },
          };
        },
      };
    },
  };
}

function describeError(error: unknown): string {
  if (error instanceof DomainError) {
    return `${error.name}(${error.code}: ${error.message})`;
  }
  if (error instanceof Error) {
    return `${error.name}(${error.message})`;
  }
  return String(error);
}
