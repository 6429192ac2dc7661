import { KeyedLock } from './keyed-lock';

const tick = (): Promise<void> =>
  new Promise((resolve) => setImmediate(resolve));

describe('KeyedLock', () => {
  it('runs work for one key one at a time, in call order, even when some fail', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    let running = 0;
    const work =
      (name: string, fail = false) =>
      async () => {
        running += 1;
        expect(running).toBe(1);
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        running -= 1;
        if (fail) {
          throw new Error(name);
        }
        return name;
      };
    const results = await Promise.allSettled([
      lock.run('s', work('a')),
      lock.run('s', work('b', true)),
      lock.run('s', work('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(log).toEqual([
      'start a',
      'end a',
      'start b',
      'end b',
      'start c',
      'end c',
    ]);
  });

  it('runs different keys in parallel', async () => {
    const lock = new KeyedLock();
    let release: () => void = () => undefined;
    const blocked = lock.run(
      'a',
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    await expect(lock.run('b', async () => 'b done')).resolves.toBe('b done');
    release();
    await blocked;
  });
});
