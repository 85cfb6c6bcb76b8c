import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** A table file a person loaded, kept so the model that records it (by hash) finds it again after a reload. */
export interface TableFileRecord {
  name: string;
  sha256: string;
  bytes: ArrayBuffer;
}

/** What the index keeps of each file, newest first. */
interface FileEntry {
  name: string;
  sha256: string;
  size: number;
}

/** Where the files live: bytes by hash, and an index. IndexedDB in the browser; a Map in tests. */
export interface TableFileStore {
  read(sha256: string): Promise<TableFileRecord | undefined>;
  /** Rejects when the browser refuses (QuotaExceededError when the site's storage is full). */
  write(record: TableFileRecord): Promise<void>;
}

/** The most files kept, and the most bytes: older files go first (a model that needs one asks for it again). */
export const KEEP_FILES = 5;
export const KEEP_BYTES = 96 * 1024 * 1024;

const INDEX_KEY = 'index';
const fileKey = (sha256: string) => `file:${sha256}`;

/**
 * Table files in IndexedDB (database `netloom-tables`, object store `files`) through idb-keyval:
 * each file's bytes under its hash, and an index of the files, newest first, so the oldest can go
 * once more than `KEEP_FILES` files or `KEEP_BYTES` bytes are kept. Never localStorage: a table of
 * a few megabytes would not fit there.
 */
export function indexedDbTableFiles(): TableFileStore {
  let store: UseStore | undefined;
  // Opened on first use, inside the promise: where IndexedDB is missing, that rejects rather than throws.
  const database = async () => (store ??= createStore('netloom-tables', 'files'));
  return {
    read: async (sha256) => get<TableFileRecord>(fileKey(sha256), await database()),
    async write(record) {
      const db = await database();
      await set(fileKey(record.sha256), record, db);
      const index = (await get<FileEntry[]>(INDEX_KEY, db)) ?? [];
      const { kept, dropped } = keptFiles([{ name: record.name, sha256: record.sha256, size: record.bytes.byteLength }, ...index.filter((entry) => entry.sha256 !== record.sha256)]);
      await set(INDEX_KEY, kept, db);
      await Promise.all(dropped.map((entry) => del(fileKey(entry.sha256), db)));
    },
  };
}

/** The newest files that fit `KEEP_FILES` and `KEEP_BYTES` (the newest always stays), and the rest. */
export function keptFiles(newestFirst: readonly FileEntry[]): { kept: FileEntry[]; dropped: FileEntry[] } {
  let bytes = 0;
  const cut = newestFirst.findIndex((entry, i) => {
    bytes += entry.size;
    return i > 0 && (i >= KEEP_FILES || bytes > KEEP_BYTES);
  });
  return cut < 0 ? { kept: [...newestFirst], dropped: [] } : { kept: newestFirst.slice(0, cut), dropped: newestFirst.slice(cut) };
}

/** A store in memory, for tests and for a browser without IndexedDB. */
export function memoryTableFiles(): TableFileStore {
  const files = new Map<string, TableFileRecord>();
  return {
    read: async (sha256) => files.get(sha256),
    write: async (record) => void files.set(record.sha256, record),
  };
}
