import type { EventStore } from '@billing/event-store';

/** Prints every event of the stream as one JSON line, in revision order. Returns the exit code (2 when not found). */
export async function runHistory(store: EventStore, stream: string): Promise<number> {
  const read = await store.readStream(stream);
  if (read.kind !== 'found') {
    process.stderr.write(`stream ${stream} ${read.kind === 'deleted' ? 'was deleted' : 'does not exist'}\n`);
    return 2;
  }
  let count = 0;
  for await (const event of read.events) {
    process.stdout.write(`${JSON.stringify(event)}\n`);
    count += 1;
  }
  process.stderr.write(`${count} events\n`);
  return 0;
}
