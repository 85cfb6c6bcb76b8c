import { categoryOf, detach, isMissingToken, readNumber } from './cells.ts';
import type { TableColumn } from './table.ts';

/**
 * Reads one column cell by cell while the file is parsed, keeping only typed arrays: numbers
 * (8 bytes a cell) until the first cell that is not a number, then category codes (4 bytes a cell).
 * Keeping no strings is what holds the memory of a large file near its size.
 */
export class ColumnBuilder {
  private values: Float64Array | null;
  private codes: Int32Array | null = null;
  private readonly codeOf = new Map<string, number>();
  private readonly categories: string[] = [];
  private missing = 0;
  private rows = 0;
  private capacity: number;

  /** `capacity`: how many rows the file can have at most (it grows past that if needed). */
  constructor(
    readonly name: string,
    capacity: number,
  ) {
    this.capacity = Math.max(capacity, 1);
    this.values = new Float64Array(this.capacity);
  }

  /** Adds the next row's cell, as the file has it (it is trimmed here). */
  add(raw: string): void {
    const cell = raw.trim();
    const row = this.rows++;
    if (row === this.capacity) this.grow();
    if (isMissingToken(cell)) {
      this.missing++;
      if (this.values) this.values[row] = NaN;
      else this.codes![row] = -1;
      return;
    }
    if (this.values) {
      const value = readNumber(cell);
      if (!Number.isNaN(value)) {
        this.values[row] = value;
        return;
      }
      this.turnCategorical(row);
    }
    this.codes![row] = this.code(categoryOf(cell));
  }

  /** The finished column, its categories sorted. */
  build(): TableColumn {
    const { name, missing, rows } = this;
    if (this.values) return { name, missing, type: 'numeric', values: this.values.subarray(0, rows) };
    const { categories, codes } = sortCategories(this.categories, this.codes!.subarray(0, rows));
    return { name, missing, type: 'categorical', codes, categories };
  }

  /** The rows read so far were all numbers or missing: give each its category code instead. */
  private turnCategorical(rows: number): void {
    const values = this.values!;
    this.codes = new Int32Array(this.capacity);
    for (let row = 0; row < rows; row++) {
      const value = values[row]!;
      this.codes[row] = Number.isNaN(value) ? -1 : this.code(String(value));
    }
    this.values = null;
  }

  private code(category: string): number {
    let code = this.codeOf.get(category);
    if (code === undefined) {
      code = this.categories.length;
      const kept = detach(category);
      this.codeOf.set(kept, code);
      this.categories.push(kept);
    }
    return code;
  }

  private grow(): void {
    if (this.values) this.values = grow(this.values);
    if (this.codes) this.codes = grow(this.codes);
    this.capacity = (this.values ?? this.codes)!.length;
  }
}

/** The same numbers in an array twice as long. */
export function grow<T extends Float64Array | Int32Array>(array: T): T {
  const grown = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, 16));
  grown.set(array);
  return grown;
}

const collator = new Intl.Collator('en', { numeric: true });

/** Numbers by value first, then text in natural order (`a2` before `a10`). */
function compareCategories(a: string, b: string): number {
  const x = readNumber(a);
  const y = readNumber(b);
  const aIsNumber = !Number.isNaN(x);
  const bIsNumber = !Number.isNaN(y);
  if (aIsNumber && bIsNumber) return x - y;
  if (aIsNumber !== bIsNumber) return aIsNumber ? -1 : 1;
  return collator.compare(a, b);
}

/** The categories in `compareCategories` order, and the codes renumbered to match (in place). */
function sortCategories(categories: string[], codes: Int32Array): { categories: string[]; codes: Int32Array } {
  const order = categories.map((_, code) => code).sort((a, b) => compareCategories(categories[a]!, categories[b]!));
  const renumber = new Int32Array(categories.length);
  order.forEach((code, rank) => (renumber[code] = rank));
  for (let row = 0; row < codes.length; row++) if (codes[row]! >= 0) codes[row] = renumber[codes[row]!]!;
  return { categories: order.map((code) => categories[code]!), codes };
}
