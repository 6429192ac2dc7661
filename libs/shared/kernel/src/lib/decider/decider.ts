/**
 * A pure decider: `decide` turns a command (plus the state rebuilt from past events and a context of
 * look-ups the caller did beforehand) into new events; `evolve` folds an event into state.
 * Neither may read a clock, generate ids or do I/O: those come in through the command or the context.
 */
export interface Decider<Command, State, Event, Context = undefined> {
  decide(command: Command, state: State, context: Context): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}

/** Rebuilds state from events. */
export function foldEvents<State, Event>(
  decider: Pick<
    Decider<unknown, State, Event, unknown>,
    'evolve' | 'initialState'
  >,
  events: readonly Event[],
): State {
  return events.reduce(
    (state, event) => decider.evolve(state, event),
    decider.initialState,
  );
}

/** Thrown from the `default` branch of a switch that should have handled every case. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
