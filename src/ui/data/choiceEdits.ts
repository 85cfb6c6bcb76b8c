import type { ColumnChoice, ColumnType, DataSource } from '../../model/index.ts';

/** What a person can make a column: an input of the network, what it predicts, or neither. */
export type Role = 'feature' | 'target' | 'ignore';

/**
 * The choice after giving `column` a role, from the current one (`source`, as the worker planned
 * it) and the table's columns in file order (the input order). A new target replaces the old one,
 * which is left out (it was the answer, not an input); the target cannot be left out or made a
 * feature on its own: another column must become the target first (null then).
 */
export function withRole(source: DataSource, columnsInFileOrder: readonly string[], column: string, role: Role): ColumnChoice | null {
  const features = new Set(source.features);
  if (role === 'target') {
    if (column === source.target) return choiceOf(source);
    features.delete(column);
    return { target: column, features: inFileOrder(columnsInFileOrder, features), columns: typesOf(source, column, features) };
  }
  if (column === source.target) return null;
  if (role === 'feature') features.add(column);
  else features.delete(column);
  return { target: source.target, features: inFileOrder(columnsInFileOrder, features), columns: typesOf(source, source.target, features) };
}

/** The choice after reading `column` as numbers or as categories. */
export function withType(source: DataSource, column: string, type: ColumnType): ColumnChoice {
  return { ...choiceOf(source), columns: { ...source.columns, [column]: type } };
}

function choiceOf({ target, features, columns }: DataSource): ColumnChoice {
  return { target, features, columns };
}

function inFileOrder(columns: readonly string[], chosen: ReadonlySet<string>): string[] {
  return columns.filter((name) => chosen.has(name));
}

/** The types chosen so far, for the columns still used. */
function typesOf(source: DataSource, target: string, features: ReadonlySet<string>): Record<string, ColumnType> {
  return Object.fromEntries(Object.entries(source.columns).filter(([name]) => name === target || features.has(name)));
}
