/** Polls `probe` until it returns without throwing, or rethrows its last error once `timeoutMs` has passed. */
export async function eventually<T>(
  probe: () => Promise<T>,
  timeoutMs = 15000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
