import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexedDbTableFiles, KEEP_BYTES, KEEP_FILES, keptFiles } from './tableFiles.ts';

const MB = 1024 * 1024;
const entry = (n: number, size = 1000) => ({ name: `t${n}.csv`, sha256: String(n).padStart(64, '0'), size });
const record = (n: number) => ({ name: `t${n}.csv`, sha256: String(n).padStart(64, '0'), bytes: new TextEncoder().encode(`a,b\n${n},1\n`).buffer });

describe('keptFiles', () => {
  it('keeps the newest files up to the count and size limits, and always the newest one', () => {
    const many = Array.from({ length: KEEP_FILES + 2 }, (_, i) => entry(i));
    expect(keptFiles(many)).toEqual({ kept: many.slice(0, KEEP_FILES), dropped: many.slice(KEEP_FILES) });
    const large = [entry(1, KEEP_BYTES - MB), entry(2, 2 * MB), entry(3, 10)];
    expect(keptFiles(large).kept).toEqual([large[0]]);
    expect(keptFiles([entry(9, 2 * KEEP_BYTES)]).kept).toHaveLength(1);
  });
});

describe('indexedDbTableFiles', () => {
  let original: IDBFactory;
  beforeEach(() => {
    original = globalThis.indexedDB;
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => {
    globalThis.indexedDB = original;
  });

  it('keeps a file’s bytes under its hash, for the next visit', async () => {
    await indexedDbTableFiles().write(record(1));
    const found = await indexedDbTableFiles().read(record(1).sha256);
    expect(found).toMatchObject({ name: 't1.csv' });
    expect(new TextDecoder().decode(found!.bytes)).toBe('a,b\n1,1\n');
    expect(await indexedDbTableFiles().read('f'.repeat(64))).toBeUndefined();
  });

  it('lets the oldest files go once more are kept than the limit', async () => {
    const files = indexedDbTableFiles();
    for (let n = 1; n <= KEEP_FILES + 1; n++) await files.write(record(n));
    expect(await files.read(record(1).sha256)).toBeUndefined();
    expect(await files.read(record(2).sha256)).toBeDefined();
    // writing a kept file again makes it the newest
    await files.write(record(2));
    await files.write(record(KEEP_FILES + 2));
    expect(await files.read(record(2).sha256)).toBeDefined();
    expect(await files.read(record(3).sha256)).toBeUndefined();
  });
});
