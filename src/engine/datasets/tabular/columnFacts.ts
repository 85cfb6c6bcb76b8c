import { readNumber } from './cells.ts';
import {
  MAX_CATEGORIES,
  MAX_NUMERIC_CLASSES,
  placeOfRow,
  TableError,
  type CategoricalColumn,
  type NumericColumn,
  type Table,
  type TableColumn,
} from './table.ts';

/** Why a column is left out unless the person picks it. */
export type IgnoreReason = 'id' | 'empty' | 'many-categories';

/** What the Data panel shows about a column before any choice: its inferred type and what it holds. */
export interface ColumnFacts {
  name: string;
  type: TableColumn['type'];
  missing: number;
  /**
   * Distinct values among the cells that are not missing: every category; numbers are counted
   * only up to `MAX_CATEGORIES + 1` (a column with more reports that).
   */
  distinct: number;
  /** Set when the column is left out of the features by default, and why. */
  ignoredBecause: IgnoreReason | null;
  /** A numeric column of at most `MAX_NUMERIC_CLASSES` distinct whole numbers, which may be used as classes. */
  canBeClasses: boolean;
}

export function columnFacts(column: TableColumn, rowCount: number): ColumnFacts {
  const present = rowCount - column.missing;
  const distinct = column.type === 'categorical' ? column.categories.length : distinctNumbers(column.values, MAX_CATEGORIES + 1).length;
  return {
    name: column.name,
    type: column.type,
    missing: column.missing,
    distinct,
    ignoredBecause: ignoreReason(column, present, distinct),
    canBeClasses: column.type === 'numeric' && isSmallIntegerSet(distinctNumbers(column.values, MAX_NUMERIC_CLASSES + 1)),
  };
}

function ignoreReason(column: TableColumn, present: number, distinct: number): IgnoreReason | null {
  if (present === 0) return 'empty';
  if (column.type === 'numeric') return null;
  // every value different: an identifier (a name, a code), which tells nothing about other rows
  if (distinct === present && present > 1) return 'id';
  return distinct > MAX_CATEGORIES ? 'many-categories' : null;
}

/** The distinct non-missing values, sorted; stops collecting after `limit` of them. */
function distinctNumbers(values: ArrayLike<number>, limit = Infinity): number[] {
  const seen = new Set<number>();
  for (let row = 0; row < values.length && seen.size < limit; row++) {
    const value = values[row]!;
    if (!Number.isNaN(value)) seen.add(value);
  }
  return [...seen].sort((a, b) => a - b);
}

function isSmallIntegerSet(values: number[]): boolean {
  return values.length <= MAX_NUMERIC_CLASSES && values.every(Number.isInteger);
}

/**
 * A numeric column read as categories, one per distinct value (named by the value), for a
 * person who marks it categorical.
 * @param maxCategories the most categories the use allows; `MAX_NUMERIC_CLASSES` whole numbers for a target.
 * @throws TableError saying how many values the column has and what is allowed.
 */
export function numericAsCategorical(table: Table, column: NumericColumn, use: 'feature' | 'target'): CategoricalColumn {
  const limit = use === 'target' ? MAX_NUMERIC_CLASSES : MAX_CATEGORIES;
  const values = distinctNumbers(column.values, limit + 1);
  const fits = use === 'target' ? isSmallIntegerSet(values) : values.length <= limit;
  if (!fits) {
    const allowed = use === 'target' ? `at most ${limit} distinct whole numbers can be classes` : `at most ${limit} distinct values can be categories`;
    const found = values.length > limit ? `more than ${limit} distinct values` : `the values ${values.join(', ')}`;
    throw new TableError({ file: table.name, column: column.name }, `${found}: only a numeric column of ${allowed}; keep it numeric`);
  }
  const codeOf = new Map(values.map((value, code) => [value, code]));
  const codes = new Int32Array(column.values.length);
  column.values.forEach((value, row) => (codes[row] = Number.isNaN(value) ? -1 : codeOf.get(value)!));
  return { name: column.name, missing: column.missing, type: 'categorical', codes, categories: values.map(String) };
}

/**
 * A categorical column read as numbers, for a person who marks it numeric: possible when every
 * category is a number, leading zeros allowed (`007` reads as 7).
 * @throws TableError naming the line of the first cell that is not a number.
 */
export function categoricalAsNumeric(table: Table, column: CategoricalColumn): NumericColumn {
  const numbers = column.categories.map((category) => readNumber(category.replace(/^([+-]?)0+(?=\d)/, '$1')));
  const values = new Float64Array(column.codes.length);
  column.codes.forEach((code, row) => {
    if (code >= 0 && Number.isNaN(numbers[code]!)) {
      const cell = JSON.stringify(column.categories[code]);
      throw new TableError(placeOfRow(table, row, column.name), `${cell} is not a number, so the column cannot be numeric`);
    }
    values[row] = code < 0 ? NaN : numbers[code]!;
  });
  return { name: column.name, missing: column.missing, type: 'numeric', values };
}
