import type { Decider } from '@billing/shared/kernel';

/**
 * Decides several commands of one stream as one write: each sees the state the previous ones produced, and
 * all their events are appended together (or none, when any is refused). A PATCH that changes details and
 * roles at once is one change, never half of one.
 */
export function sequenceDecider<Command, State, Event, Context>(
  decider: Decider<Command, State, Event, Context>,
): Decider<readonly Command[], State, Event, Context> {
  return {
    initialState: decider.initialState,
    evolve: decider.evolve,
    decide: (commands, state, context) => {
      let current = state;
      const events: Event[] = [];
      for (const command of commands) {
        const decided = decider.decide(command, current, context);
        current = decided.reduce(decider.evolve, current);
        events.push(...decided);
      }
      return events;
    },
  };
}
