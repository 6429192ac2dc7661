import { AsyncLocalStorage } from 'node:async_hooks';

const notWaiting = new AsyncLocalStorage<true>();

/**
 * Runs writes whose results nobody reads back at once (a seed of many entries): awaitReadModel inside `work`
 * answers at once instead of polling, so each write costs its append only.
 */
export function withoutReadYourWrites<T>(work: () => Promise<T>): Promise<T> {
  return notWaiting.run(true, work);
}

/**
 * Waits until a read model shows a write (e.g. its row reached the stream revision the write produced), so that
 * the list a user returns to after saving already contains the change. Gives up quietly at the deadline: the
 * write itself has succeeded, and a lagging read model catches up on its own. The deadline is generous (10 s)
 * because a create answers with the new resource read back: on a loaded machine a projection trailed 3 s and a
 * successful create answered 404.
 */
export async function awaitReadModel(isVisible: () => Promise<boolean>, timeoutMs = 10_000, intervalMs = 15): Promise<boolean> {
  if (notWaiting.getStore() === true) return false;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isVisible()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
