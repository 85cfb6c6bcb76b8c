import Papa from 'papaparse';
import { detach, readNumber } from './cells.ts';
import { ColumnBuilder, grow } from './columnBuilder.ts';
import { checkNotBinary, checkTableSize } from './decode.ts';
import { LineCounter } from './lineCounter.ts';
import { TableError, type Table } from './table.ts';

/** The delimiters a file may use; papaparse picks the one that splits the first rows evenly. */
export const DELIMITERS = [',', '\t', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A table as read from text, with the delimiter the file turned out to use. */
export interface ParsedTable extends Table {
  delimiter: Delimiter;
}

/** How many values of a header line made of numbers the "no header" message quotes. */
const QUOTED_VALUES = 3;

/**
 * Reads CSV, TSV or semicolon-separated text into typed columns, inferring each column's type
 * (see `cells.ts`). The first non-empty line names the columns; empty and blank lines are
 * skipped; quoted fields may hold delimiters, quotes (`""`) and line breaks; CRLF and a UTF-8
 * byte-order mark are fine. Runs papaparse on the calling thread (its `worker` option is off).
 * @throws TableError naming the file, the line and the column, for text over the size limit,
 *   binary data, no header, a single column, duplicate column names, rows with more or fewer
 *   values than the header, unbalanced quotes, or no rows below the header.
 */
export function parseTable(input: string, file: string): ParsedTable {
  checkTableSize(input.length, file);
  checkNotBinary(input, file);
  // Papaparse drops a BOM itself, but then its offsets would be one off ours.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const reader = new RowReader(text, file);
  let failure: TableError | null = null;
  let delimiter: string = DELIMITERS[0];
  Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    worker: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [...DELIMITERS],
    step(results, parser) {
      delimiter = results.meta.delimiter;
      try {
        reader.read(results.data, results.meta.cursor, results.errors, results.meta.linebreak);
      } catch (error) {
        if (!(error instanceof TableError)) throw error;
        failure = error;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  return { ...reader.finish(), delimiter: delimiter as Delimiter };
}

/** Turns papaparse's rows into columns, checking each row against the header. */
class RowReader {
  private builders: ColumnBuilder[] | null = null;
  private names: string[] = [];
  private lines = new Int32Array(0);
  private rows = 0;
  private headerLine = 1;
  private readonly counter: LineCounter;

  constructor(
    text: string,
    private readonly file: string,
  ) {
    this.counter = new LineCounter(text);
  }

  /** One row of cells that ended at offset `end` of the text. */
  read(cells: string[], end: number, errors: Papa.ParseError[], linebreak: string): void {
    const line = this.counter.startLine(cells, end, linebreak);
    const quoteError = errors.find((error) => error.type === 'Quotes');
    if (quoteError) throw this.quoteError(quoteError, line);
    if (!this.builders) return this.readHeader(cells, line);
    const width = this.names.length;
    if (cells.length !== width && !(cells.length > width && cells.slice(width).every((cell) => cell.trim() === ''))) {
      throw new TableError(
        { file: this.file, line },
        `${cells.length} values, but the header (line ${this.headerLine}) names ${width} columns`,
      );
    }
    for (let c = 0; c < width; c++) this.builders[c]!.add(cells[c]!);
    if (this.rows === this.lines.length) this.lines = grow(this.lines);
    this.lines[this.rows++] = line;
  }

  finish(): Table {
    if (!this.builders) throw new TableError({ file: this.file }, 'the file is empty');
    if (this.rows === 0) throw new TableError({ file: this.file, line: this.headerLine }, 'there are no rows below the header');
    return {
      name: this.file,
      rowCount: this.rows,
      columns: this.builders.map((builder) => builder.build()),
      lines: this.lines.subarray(0, this.rows),
    };
  }

  private readHeader(cells: string[], line: number): void {
    const file = this.file;
    this.headerLine = line;
    // A trailing delimiter on every line gives a last column without a name; it is kept (and, being empty, left out).
    const names = cells.map((cell, c) => detach(cell.trim()) || `column ${c + 1}`);
    if (names.length < 2) {
      throw new TableError(
        { file, line },
        `found a single column (${JSON.stringify(names[0])}): a table needs at least two, separated by commas, tabs or semicolons`,
      );
    }
    if (names.every((name) => !Number.isNaN(readNumber(name)))) {
      const quoted = names.slice(0, QUOTED_VALUES).join(', ');
      throw new TableError(
        { file, line },
        `the first line holds numbers (${quoted}${names.length > QUOTED_VALUES ? ', …' : ''}), not column names: add a header line naming each column`,
      );
    }
    names.forEach((name, c) => {
      const first = names.indexOf(name);
      if (first !== c) {
        throw new TableError({ file, line, column: name }, `columns ${first + 1} and ${c + 1} have the same name: give each column its own`);
      }
    });
    const capacity = this.counter.maxRowsAfter(line);
    this.names = names;
    this.builders = names.map((name) => new ColumnBuilder(name, capacity));
    this.lines = new Int32Array(capacity);
  }

  private quoteError(error: Papa.ParseError, line: number): TableError {
    const what =
      error.code === 'MissingQuotes'
        ? 'a quoted value is never closed: every " that opens a value needs a " that closes it'
        : 'a quoted value is followed by more text before the delimiter: write a " inside a quoted value as ""';
    return new TableError({ file: this.file, line: error.index === undefined ? line : this.counter.lineAt(error.index) }, what);
  }
}
