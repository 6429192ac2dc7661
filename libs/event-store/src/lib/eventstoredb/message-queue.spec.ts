import { MessageQueue } from './message-queue';

async function drain<T>(queue: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of queue) {
    items.push(item);
  }
  return items;
}

describe('MessageQueue', () => {
  it('delivers pushed items in order, to a waiting or a late consumer', async () => {
    const queue = new MessageQueue<number>();
    queue.push(1);
    const drained = drain(queue);
    queue.push(2);
    queue.push(3);
    queue.end();
    expect(await drained).toEqual([1, 2, 3]);
  });

  it('ends with the error after the queued items', async () => {
    const queue = new MessageQueue<number>();
    const seen: number[] = [];
    queue.push(1);
    queue.fail(new Error('dropped'));
    await expect(
      (async () => {
        for await (const item of queue) {
          seen.push(item);
        }
      })(),
    ).rejects.toThrow('dropped');
    expect(seen).toEqual([1]);
  });

  it('ignores pushes after the end', async () => {
    const queue = new MessageQueue<number>();
    queue.end();
    queue.push(1);
    expect(await drain(queue)).toEqual([]);
  });

  it('signals full at the high-water mark and drained at half of it', async () => {
    const onFull = jest.fn();
    const onDrained = jest.fn();
    const queue = new MessageQueue<number>({
      highWaterMark: 4,
      onFull,
      onDrained,
    });
    [1, 2, 3, 4, 5].forEach((n) => queue.push(n));
    expect(onFull).toHaveBeenCalledTimes(1);
    const iterator = queue[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    expect(onDrained).not.toHaveBeenCalled();
    await iterator.next();
    expect(onDrained).toHaveBeenCalledTimes(1);
  });

  it('a consumer breaking out of the loop ends the queue', async () => {
    const queue = new MessageQueue<number>();
    queue.push(1);
    queue.push(2);
    for await (const item of queue) {
      expect(item).toBe(1);
      break;
    }
    expect(await drain(queue)).toEqual([]);
  });
});
