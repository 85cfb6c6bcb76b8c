import { describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../engine/index.ts';
import { builtinTable } from '../engine/datasets/builtin/builtinTables.testkit.ts';
import { dataReferenceOf, tableKey, type DataReference } from '../model/index.ts';
import { WorkerTables } from './workerTables.ts';

const CSV = 'species,bill\nAdelie,39.1\nGentoo,46.1\nAdelie,38\nGentoo,47\n';
const bytesOf = (text: string) => new TextEncoder().encode(text);
const fileSource = async (text: string, name = 'birds.csv'): Promise<DataReference> => ({
  kind: 'table',
  table: { kind: 'file', file: name, sha256: await sha256Hex(bytesOf(text)) },
  choice: { target: 'species' },
});
const fileOf = (text: string, sha256: string, name = 'birds.csv') => ({ name, sha256, bytes: bytesOf(text).buffer });

describe('WorkerTables', () => {
  it('parses a file’s bytes once its hash is the one the model records, and keeps it for later runs', async () => {
    const tables = new WorkerTables();
    const source = await fileSource(CSV);
    const sha256 = (source as { table: { sha256: string } }).table.sha256;
    await tables.prepare(source, fileOf(CSV, sha256));
    const table = tables.lookup((source as Extract<DataReference, { kind: 'table' }>).table)!;
    expect(table).toMatchObject({ name: 'birds.csv', rowCount: 4 });
    await tables.prepare(source, undefined);
    expect(tables.lookup((source as Extract<DataReference, { kind: 'table' }>).table)).toBe(table);
  });

  it('refuses bytes of another file, and a file that was not sent, saying which', async () => {
    const tables = new WorkerTables();
    const source = (await fileSource(CSV)) as Extract<DataReference, { kind: 'table' }>;
    await tables.prepare(source, fileOf(`${CSV}Adelie,40\n`, 'x', 'other.csv'));
    expect(() => tables.lookup(source.table)).toThrow('other.csv is not the birds.csv the model names: its contents differ');
    const missing = new WorkerTables();
    await missing.prepare(source, undefined);
    expect(() => missing.lookup(source.table)).toThrow('birds.csv was not sent with the run: load the file in the Data panel');
  });

  it('fetches a built-in table only when a run needs it, and tries a failed download again', async () => {
    const fetchBuiltin = vi.fn().mockRejectedValueOnce(new Error('could not load the penguins dataset: 503 Service Unavailable')).mockResolvedValue(builtinTable('penguins'));
    const tables = new WorkerTables(fetchBuiltin);
    await tables.prepare(dataReferenceOf({ dataset: 'xor' }), undefined);
    expect(fetchBuiltin).not.toHaveBeenCalled();
    const penguins = dataReferenceOf({ dataset: 'penguins' }) as Extract<DataReference, { kind: 'table' }>;
    await tables.prepare(penguins, undefined);
    expect(() => tables.lookup(penguins.table)).toThrow('503 Service Unavailable');
    await tables.prepare(penguins, undefined);
    expect(tables.lookup(penguins.table)!.rowCount).toBe(344);
    expect(fetchBuiltin).toHaveBeenCalledTimes(2);
    expect(tableKey(penguins.table)).toBe('builtin:penguins');
  });

  it('keeps the three tables used last', async () => {
    const tables = new WorkerTables();
    const sources = await Promise.all([0, 1, 2, 3].map((i) => fileSource(`${CSV}Adelie,${40 + i}\n`, `t${i}.csv`)));
    for (const [i, source] of sources.entries()) {
      const { sha256 } = (source as { table: { sha256: string } }).table;
      await tables.prepare(source, fileOf(`${CSV}Adelie,${40 + i}\n`, sha256, `t${i}.csv`));
    }
    const held = sources.map((source) => tables.lookup((source as Extract<DataReference, { kind: 'table' }>).table) !== undefined);
    expect(held).toEqual([false, true, true, true]);
  });
});
