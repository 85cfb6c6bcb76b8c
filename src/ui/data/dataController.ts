import {
  choiceOf,
  dataReferenceOf,
  isFileSource,
  sameDataReference,
  tableKey,
  type ColumnChoice,
  type DataFields,
  type DataReference,
  type DatasetName,
  type FileDataSource,
  type NetloomModel,
  type TableReference,
} from '../../model/index.ts';
import type { TableFile } from '../../worker/protocol.ts';
import { MAX_TABLE_BYTES, type PlanSummary, type TableOrigin, type TableSummary } from '../../worker/tableProtocol.ts';
import { setTableShape } from '../store/tableShape.ts';
import { dataStore, EMPTY_DATA_STATE, updateDataState } from './dataState.ts';
import type { TableClient } from './tableClient.ts';
import type { TableFileRecord, TableFileStore } from './tableFiles.ts';

/** What the controller needs from the editor store (an interface, so tests can fake the editor). */
export interface DataEditorBinding {
  getModel(): NetloomModel;
  subscribe(listener: () => void): () => void;
  setDataSource(fields: DataFields): void;
  setInputSize(size: number): void;
}

/**
 * Keeps the Data panel, the table worker and the model's `training` block in step. The model is
 * the one source of truth: whenever the data it names changes (a choice in the panel, undo, an
 * import, a reload), the controller reads that table and plans its columns for the panel and the
 * compiler. A file or a choice of columns the worker refuses changes nothing but the panel's one
 * error message.
 */
export class DataController {
  /** Files this page has read, by hash: what the training worker is sent. */
  private readonly files = new Map<string, TableFileRecord>();
  /** Bumped by every sync, so a slow answer for data the model no longer names is dropped. */
  private generation = 0;
  private unsubscribe: (() => void) | undefined;
  private lastReference: DataReference | undefined;

  constructor(
    private readonly editor: DataEditorBinding,
    private readonly client: TableClient,
    private readonly store: TableFileStore,
  ) {}

  /** Starts following the model; resolves once the data it names now has been read (or found missing). */
  start(): Promise<void> {
    this.unsubscribe = this.editor.subscribe(() => void this.sync());
    return this.sync();
  }

  dispose(): void {
    this.unsubscribe?.();
    this.client.dispose();
  }

  /** Trains on a built-in dataset from now on (one undo step). */
  chooseDataset(name: DatasetName): void {
    this.editor.setDataSource({ dataset: name });
  }

  /**
   * A file a person dropped, picked or pasted: read and planned in the worker (with a suggested
   * target), kept in IndexedDB, then recorded as the model's data. Refused: one message, nothing changed.
   */
  async openFile(name: string, bytes: ArrayBuffer): Promise<void> {
    await this.readFile(name, bytes, undefined);
  }

  /** The file the model records, found by the person: refused, saying what differs, unless it is that file. */
  async locateFile(name: string, bytes: ArrayBuffer): Promise<void> {
    const expected = dataStore.get().missingFile;
    if (expected) await this.readFile(name, bytes, expected);
  }

  /** Applies a new choice of columns: planned in the worker first, recorded in the model only if it fits. */
  async choose(choice: ColumnChoice): Promise<void> {
    const reference = dataReferenceOf(this.editor.getModel().training);
    if (reference.kind !== 'table') return;
    const generation = this.generation;
    try {
      const plan = await this.client.plan(choice);
      if (generation !== this.generation) return;
      this.record(reference.table, plan);
    } catch (error) {
      if (generation === this.generation) updateDataState({ error: messageOf(error) });
    }
  }

  /** Gives the Input node the width the data needs (the panel's one-click fix). */
  fitInputNode(): void {
    const plan = dataStore.get().plan;
    if (plan) this.editor.setInputSize(plan.summary.description.inputSize);
  }

  /** The bytes the training worker needs for a run on `source`: a file this page has read. */
  tableFileFor(source: DataReference): TableFile | undefined {
    if (source.kind !== 'table' || source.table.kind !== 'file') return undefined;
    const record = this.files.get(source.table.sha256);
    return record && { name: record.name, sha256: record.sha256, bytes: record.bytes.slice(0) };
  }

  private async readFile(name: string, bytes: ArrayBuffer, expected: FileDataSource | undefined): Promise<void> {
    const generation = ++this.generation;
    updateDataState({ busy: `Reading ${name}…`, error: null });
    try {
      // The worker gets the bytes (transferred); a copy stays here for runs and storage. A file over
      // the limit is not copied: the worker refuses it at once, saying so.
      const keep = bytes.byteLength <= MAX_TABLE_BYTES ? bytes.slice(0) : new ArrayBuffer(0);
      const opened = await this.client.open({ kind: 'file', name, bytes }, expected ? { expected, choice: choiceOf(expected) } : {});
      const table = opened.summary.table as Extract<TableReference, { kind: 'file' }>;
      this.files.set(table.sha256, { name, sha256: table.sha256, bytes: keep });
      void this.keep({ name, sha256: table.sha256, bytes: keep });
      if (generation !== this.generation) return;
      this.show(opened.summary, opened.plan);
      if (!expected && opened.plan) this.record(table, opened.plan);
    } catch (error) {
      if (generation === this.generation) updateDataState({ busy: null, error: messageOf(error) });
    }
  }

  /** Records a planned choice as the model's data (only when it differs, so nothing empty enters the history). */
  private record(table: TableReference, plan: PlanSummary): void {
    const fields: DataFields = table.kind === 'builtin' ? { dataset: table.name, data: plan.source } : { data: plan.source };
    const current = this.editor.getModel().training;
    const next = dataReferenceOf(fields);
    const sameFile = !isFileSource(current?.data) || current.data.file === plan.source.file;
    if (sameDataReference(next, dataReferenceOf(current)) && sameFile) return this.show(dataStore.get().table, plan, next);
    this.editor.setDataSource(fields);
  }

  /** Brings the panel (and the compiler's shape) to the data the model names now. */
  private async sync(): Promise<void> {
    const reference = dataReferenceOf(this.editor.getModel().training);
    if (this.lastReference && sameDataReference(this.lastReference, reference)) return;
    this.lastReference = reference;
    const generation = ++this.generation;
    if (reference.kind === 'generated') {
      setTableShape(null);
      dataStore.set({ ...EMPTY_DATA_STATE, storageProblem: dataStore.get().storageProblem });
      return;
    }
    const current = dataStore.get().table;
    try {
      if (current && tableKey(current.table) === tableKey(reference.table)) {
        updateDataState({ busy: 'Planning the columns…' });
        const plan = await this.client.plan(reference.choice);
        if (generation === this.generation) this.show(current, plan, reference);
        return;
      }
      const origin = await this.originOf(reference.table);
      if (generation !== this.generation) return;
      if (!origin) {
        setTableShape(null);
        dataStore.set({ ...EMPTY_DATA_STATE, missingFile: this.editor.getModel().training!.data as FileDataSource });
        return;
      }
      updateDataState({ busy: `Reading ${origin.name}…`, error: null, missingFile: null });
      const opened = await this.client.open(origin, { choice: reference.choice });
      if (generation === this.generation) this.show(opened.summary, opened.plan, reference);
    } catch (error) {
      if (generation !== this.generation) return;
      // Tried again on the next change of the model (a download may fail only once).
      this.lastReference = undefined;
      setTableShape(null);
      updateDataState({ busy: null, plan: null, error: messageOf(error) });
    }
  }

  /** Where a table's rows come from: a built-in one by name, a file from this page or IndexedDB (undefined when neither has it). */
  private async originOf(table: TableReference): Promise<TableOrigin | undefined> {
    if (table.kind === 'builtin') return { kind: 'builtin', name: table.name };
    let record = this.files.get(table.sha256);
    if (!record) {
      record = await this.store.read(table.sha256).catch(() => undefined);
      if (record) this.files.set(table.sha256, record);
    }
    return record && { kind: 'file', name: record.name, bytes: record.bytes.slice(0) };
  }

  private show(table: TableSummary | null, plan: PlanSummary | null, reference?: DataReference): void {
    const planned = plan && (reference ?? planReference(table, plan));
    updateDataState({ table, plan: planned ? { reference: planned, summary: plan } : null, busy: null, error: null, missingFile: null });
    setTableShape(planned ? { reference: planned, info: plan.info } : null);
  }

  /** Keeps a file for the next visit; a browser that refuses is said so in the panel (the run goes on). */
  private async keep(record: TableFileRecord): Promise<void> {
    try {
      await this.store.write(record);
      updateDataState({ storageProblem: null });
    } catch (error) {
      updateDataState({ storageProblem: `${record.name} could not be kept in this browser (${messageOf(error)}): after a reload it will be asked for again.` });
    }
  }
}

/** The reference a plan of the table shown stands for. */
function planReference(table: TableSummary | null, plan: PlanSummary): DataReference | null {
  if (!table) return null;
  return { kind: 'table', table: table.table, choice: choiceOf(plan.source) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
