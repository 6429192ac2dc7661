import { TimeoutError, withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('returns the result when it comes in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 50, 'answer')).resolves.toBe(
      42,
    );
  });

  it('rejects with a TimeoutError naming what did not answer', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withTimeout(never, 20, 'redis')).rejects.toEqual(
      new TimeoutError('redis did not answer within 20 ms'),
    );
  });
});
