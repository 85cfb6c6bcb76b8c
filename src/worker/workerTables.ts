import { decodeTableBytes, fetchTableDataset, parseTable, sha256Hex, type Table, type TableLookup } from '../engine/index.ts';
import { tableKey, type DataReference, type TableReference } from '../model/index.ts';
import type { TableFile } from './protocol.ts';

/** Tables kept for later runs: a reset, or a new run on the same data, reads nothing again. */
const KEPT = 3;

/**
 * The tables a training worker has read, by reference: a built-in one fetched from its asset (only
 * when a run needs it), a file parsed from the bytes the UI sent with `init`. Parsing happens here,
 * in the worker, so the page never waits for it.
 */
export class WorkerTables {
  private readonly tables = new Map<string, Table | Error>();

  constructor(private readonly fetchBuiltin: (name: Extract<TableReference, { kind: 'builtin' }>['name']) => Promise<Table> = fetchTableDataset) {}

  /**
   * Reads the table `source` needs, unless it is already here. A failure is kept and thrown by
   * `lookup`, so the run's setup reports it (a failed download is tried again next time).
   */
  async prepare(source: DataReference, file: TableFile | undefined): Promise<void> {
    if (source.kind !== 'table') return;
    const key = tableKey(source.table);
    const known = this.tables.get(key);
    if (known !== undefined && !(known instanceof Error)) return;
    let result: Table | Error;
    try {
      result = await this.read(source.table, file);
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    this.tables.delete(key);
    this.tables.set(key, result);
    for (const old of this.tables.keys()) if (this.tables.size > KEPT) this.tables.delete(old);
  }

  /** The table read for a reference. @throws the error reading it gave. */
  readonly lookup: TableLookup = (reference) => {
    const table = this.tables.get(tableKey(reference));
    if (table instanceof Error) throw table;
    return table;
  };

  private async read(table: TableReference, file: TableFile | undefined): Promise<Table> {
    if (table.kind === 'builtin') return this.fetchBuiltin(table.name);
    if (!file) throw new Error(`${table.file} was not sent with the run: load the file in the Data panel`);
    const bytes = new Uint8Array(file.bytes);
    if ((await sha256Hex(bytes)) !== table.sha256) throw new Error(`${file.name} is not the ${table.file} the model names: its contents differ`);
    return parseTable(decodeTableBytes(bytes, table.file), table.file);
  }
}
