export class TimeoutElapsedError extends Error {
  override readonly name = 'TimeoutElapsedError';
}

/** Rejects with TimeoutElapsedError when `work` has not settled within `ms`; the work itself is not cancelled. */
export async function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  message: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutElapsedError(message)), ms);
  });
  try {
    return await Promise.race([work, elapsed]);
  } finally {
    clearTimeout(timer);
  }
}
