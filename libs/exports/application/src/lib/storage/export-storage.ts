import type { Readable, Writable } from 'node:stream';

/** A file being written: nothing is visible under its key until `publish`. */
export interface PendingExportFile {
  readonly stream: Writable;
  /** Makes the finished file visible under its key in one step (an interrupted writer never leaves half a file). */
  publish(): Promise<{ byteSize: number }>;
  /** Drops what was written. */
  discard(): Promise<void>;
}

/** Where export files live: the port. The local-disk adapter is the default; an object store fits the same shape. */
export abstract class ExportStorage {
  /** A fresh, empty file for one attempt; an earlier attempt's leftovers are never appended to. */
  abstract create(key: string): Promise<PendingExportFile>;
  /** The published file, or undefined when it is gone (deleted by retention). */
  abstract open(key: string): Promise<{ stream: Readable; byteSize: number } | undefined>;
  abstract remove(key: string): Promise<void>;
  /** Deletes published files and stale partial files last written before `cutoff`; returns how many. */
  abstract removeOlderThan(cutoff: Date): Promise<number>;
}
