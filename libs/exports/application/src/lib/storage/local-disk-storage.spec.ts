import { mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { LocalDiskExportStorage } from './local-disk-storage';

async function write(storage: LocalDiskExportStorage, key: string, text: string) {
  const file = await storage.create(key);
  await new Promise<void>((resolve, reject) => file.stream.end(text, () => resolve()).once('error', reject));
  return file;
}

describe('local-disk export storage', () => {
  let directory: string;
  let storage: LocalDiskExportStorage;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'exports-storage-'));
    storage = new LocalDiskExportStorage(directory);
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('keeps a file invisible until it is published, then serves it with its size', async () => {
    const file = await write(storage, 'a.csv', 'x,y\r\n');
    expect(await storage.open('a.csv')).toBeUndefined();
    expect(await file.publish()).toEqual({ byteSize: 5 });
    expect(await readFile(join(directory, 'a.csv'), 'utf8')).toBe('x,y\r\n');
    expect((await storage.open('a.csv'))?.byteSize).toBe(5);
  });

  it('starts every attempt in a fresh partial file, dropping what a crashed attempt left', async () => {
    await write(storage, 'b.csv', 'half of the first attempt');
    expect(await readdir(join(directory, '.partial'))).toHaveLength(1);
    const second = await write(storage, 'b.csv', 'complete');
    expect(await readdir(join(directory, '.partial'))).toHaveLength(1);
    await second.publish();
    expect(await readFile(join(directory, 'b.csv'), 'utf8')).toBe('complete');
    expect(await readdir(join(directory, '.partial'))).toEqual([]);
  });

  it('discards a file a writer is still piping into (a cancelled PDF export): the partial is gone, publishing fails', async () => {
    const file = await storage.create('c.pdf');
    const document = new PassThrough(); // as pdfkit's document: a readable piped into the file
    document.pipe(file.stream);
    document.write('first page');
    await new Promise((resolve) => setImmediate(resolve));
    document.write(Buffer.alloc(4 * 1024 * 1024)); // a page whose write to disk is still in flight at the discard
    await file.discard();
    // The writer does not know yet and keeps producing into the destroyed file.
    document.write('second page');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readdir(join(directory, '.partial'))).toEqual([]);
    await expect(file.publish()).rejects.toBeDefined();
  });

  it('deletes files older than the cutoff, published and partial, and keeps newer ones', async () => {
    await (await write(storage, 'old.csv', 'old')).publish();
    await write(storage, 'stale.csv', 'never finished');
    await (await write(storage, 'new.csv', 'new')).publish();
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await utimes(join(directory, 'old.csv'), longAgo, longAgo);
    const [partial] = await readdir(join(directory, '.partial'));
    await utimes(join(directory, '.partial', partial as string), longAgo, longAgo);
    expect(await storage.removeOlderThan(new Date('2024-01-01T00:00:00Z'))).toBe(2);
    expect((await readdir(directory)).sort()).toEqual(['.partial', 'new.csv']);
  });

  it('refuses keys that could leave the directory', async () => {
    await expect(storage.create('../escape.csv')).rejects.toThrow(/invalid export storage key/);
  });
});
