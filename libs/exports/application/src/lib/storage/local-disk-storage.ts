import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ExportStorage, type PendingExportFile } from './export-storage';

const PARTIAL = '.partial';
const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

function checkKey(key: string): string {
  if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`invalid export storage key ${JSON.stringify(key)}`);
  return key;
}

/**
 * Export files in a directory (EXPORT_DIR): each attempt writes `.partial/<key>.<random>`, and publishing renames it
 * to `<key>` (atomic on one file system), so a crashed attempt leaves only a partial file that retention removes.
 */
export class LocalDiskExportStorage extends ExportStorage {
  private readonly directory: string;

  constructor(directory: string) {
    super();
    this.directory = resolve(directory);
  }

  async create(key: string): Promise<PendingExportFile> {
    const target = join(this.directory, checkKey(key));
    await mkdir(join(this.directory, PARTIAL), { recursive: true });
    // What an earlier attempt left (a killed worker cannot clean up): this attempt starts again from zero.
    for (const name of await readdir(join(this.directory, PARTIAL))) {
      if (name.startsWith(`${key}.`)) await rm(join(this.directory, PARTIAL, name), { force: true });
    }
    const partial = join(this.directory, PARTIAL, `${key}.${randomUUID()}`);
    const stream = createWriteStream(partial, { flags: 'wx' });
    // Always listened to: a write failing (disk full), or a writer still flushing into a stream discarded after a
    // cancel, must fail this attempt, not crash the worker with an unhandled 'error' event.
    let failure: unknown;
    stream.on('error', (error) => {
      failure ??= error;
    });
    return {
      stream,
      publish: async () => {
        if (failure !== undefined) throw failure;
        await rename(partial, target);
        return { byteSize: (await stat(target)).size };
      },
      discard: async () => {
        stream.destroy();
        await rm(partial, { force: true });
      },
    };
  }

  async open(key: string): Promise<{ stream: ReturnType<typeof createReadStream>; byteSize: number } | undefined> {
    const path = join(this.directory, checkKey(key));
    try {
      const { size } = await stat(path);
      return { stream: createReadStream(path), byteSize: size };
    } catch {
      return undefined;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(join(this.directory, checkKey(key)), { force: true });
  }

  async removeOlderThan(cutoff: Date): Promise<number> {
    let removed = 0;
    for (const folder of [this.directory, join(this.directory, PARTIAL)]) {
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const name of names) {
        if (name === PARTIAL) continue;
        const path = join(folder, name);
        const info = await stat(path).catch(() => undefined);
        if (info?.isFile() && info.mtime < cutoff) {
          await rm(path, { force: true });
          removed += 1;
        }
      }
    }
    return removed;
  }
}
