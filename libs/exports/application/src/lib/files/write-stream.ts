import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes a chunk and waits for the stream to drain when its buffer is full, so memory stays flat. */
export function writeChunk(stream: Writable, chunk: string | Buffer): void | Promise<void> {
  if (!stream.write(chunk)) return once(stream, 'drain').then(() => undefined);
}

/** Ends the stream and waits until everything is flushed to the file. */
export async function endStream(stream: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
