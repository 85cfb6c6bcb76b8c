import {
  classBalance,
  columnFacts,
  dataSourceOf,
  decodeTableBytes,
  describeTable,
  fetchTableDataset,
  parseTable,
  planTable,
  sha256Hex,
  sourceMismatches,
  tablePresentation,
  tableProvider,
  TableError,
  type ColumnFacts,
  type Table,
} from '../engine/index.ts';
import type { ColumnChoice, FileDataSource, TableDatasetName, TableReference } from '../model/index.ts';
import { PREVIEW_COLUMNS, PREVIEW_ROWS, type FromTableWorker, type PlanSummary, type TableOrigin, type TableSummary, type ToTableWorker } from './tableProtocol.ts';

/** A table that has been read, with what it is. */
interface OpenTable {
  table: Table;
  reference: TableReference;
  summary: TableSummary;
}

/**
 * The Data panel's table, read and planned in the table worker: `open` reads a file's bytes (or
 * fetches a built-in table), `plan` applies a choice of columns. A file or a choice that does not
 * fit throws a TableError naming the file, the line and the column, and the current table stays.
 */
export class TableInspector {
  private current: OpenTable | undefined;

  constructor(private readonly fetchBuiltin: (name: TableDatasetName) => Promise<Table> = fetchTableDataset) {}

  /**
   * Reads a table and, when it fits `expected` (a model's record of its file), makes it the current one.
   * @returns its summary, and the plan of `choice` (for a file without one, of a suggested target).
   */
  async open(origin: TableOrigin, expected?: FileDataSource, choice?: ColumnChoice): Promise<{ summary: TableSummary; plan: PlanSummary | null }> {
    const opened = await this.read(origin);
    if (expected) {
      const problems = sourceMismatches(expected, { sha256: (opened.reference as { sha256: string }).sha256, table: opened.table });
      if (problems.length > 0) throw new TableError({ file: opened.table.name }, `this model needs its own ${expected.file}: ${problems.join('; ')}`);
    }
    const plan = choice ? planSummary(opened, choice) : opened.reference.kind === 'file' ? suggestedPlan(opened) : null;
    this.current = opened;
    return { summary: opened.summary, plan };
  }

  /** The current table under a choice of columns. @throws TableError when it does not fit; Error when no table is open. */
  plan(choice: ColumnChoice): PlanSummary {
    if (!this.current) throw new Error('no table is open');
    return planSummary(this.current, choice);
  }

  /** The answer to one request of the table protocol; a refusal is a `failed` answer in the worker's words. */
  async answer(message: ToTableWorker): Promise<FromTableWorker> {
    const { request } = message;
    try {
      if (message.type === 'plan') return { type: 'planned', request, plan: this.plan(message.choice) };
      return { type: 'opened', request, ...(await this.open(message.origin, message.expected, message.choice)) };
    } catch (error) {
      return { type: 'failed', request, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private async read(origin: TableOrigin): Promise<OpenTable> {
    if (origin.kind === 'builtin') {
      const table = await this.fetchBuiltin(origin.name);
      return withSummary(table, { kind: 'builtin', name: origin.name }, null);
    }
    const bytes = new Uint8Array(origin.bytes);
    const parsed = parseTable(decodeTableBytes(bytes, origin.name), origin.name);
    return withSummary(parsed, { kind: 'file', file: origin.name, sha256: await sha256Hex(bytes) }, parsed.delimiter);
  }
}

function withSummary(table: Table, reference: TableReference, delimiter: TableSummary['delimiter']): OpenTable {
  const columns = table.columns.map((column) => columnFacts(column, table.rowCount));
  return { table, reference, summary: { table: reference, rowCount: table.rowCount, delimiter, columns, preview: previewRows(table) } };
}

function planSummary({ table, reference }: OpenTable, choice: ColumnChoice): PlanSummary {
  const plan = planTable(table, choice);
  return {
    description: describeTable(plan),
    info: tableProvider(plan, tablePresentation(reference)).info,
    classCounts: classBalance(plan),
    source: dataSourceOf(plan, reference.kind === 'file' ? { file: reference.file, sha256: reference.sha256 } : undefined),
  };
}

/**
 * A first plan for a file: the last column that can be a target (tables usually end with what
 * they record), trying columns leftwards until one plans.
 * @throws the first column's TableError when none can be a target.
 */
function suggestedPlan(opened: OpenTable): PlanSummary {
  const candidates = [...opened.summary.columns].reverse().filter((facts: ColumnFacts) => facts.ignoredBecause === null);
  let first: unknown;
  for (const { name } of candidates.length > 0 ? candidates : [...opened.summary.columns].reverse()) {
    try {
      return planSummary(opened, { target: name });
    } catch (error) {
      if (!(error instanceof TableError)) throw error;
      first ??= error;
    }
  }
  throw first;
}

/** The first rows' cells as text: numbers as JavaScript writes them, categories by name, null where missing. */
function previewRows(table: Table): (string | null)[][] {
  const columns = table.columns.slice(0, PREVIEW_COLUMNS);
  return Array.from({ length: Math.min(PREVIEW_ROWS, table.rowCount) }, (_, row) =>
    columns.map((column) => {
      if (column.type === 'numeric') {
        const value = column.values[row]!;
        return Number.isNaN(value) ? null : String(Math.round(value * 1e6) / 1e6);
      }
      const code = column.codes[row]!;
      return code < 0 ? null : column.categories[code]!;
    }),
  );
}
