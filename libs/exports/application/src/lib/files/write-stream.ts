import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes a chunk and waits for the stream to drain when its buffer is full, so memory stays flat. */
export async function writeChunk(stream: Writable, chunk: string | Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Ends the stream and waits until everything is flushed to the file. */
export async function endStream(stream: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
