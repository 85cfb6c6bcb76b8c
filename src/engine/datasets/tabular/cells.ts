// How one cell of a CSV file is read. Type inference works on the text (papaparse's
// dynamicTyping is off), so the rules are ours and the same in every browser and in Node.

/** Cell contents that mean "no value", compared after trimming and ignoring case. */
export const MISSING_TOKENS = ['', 'NA', 'N/A', 'NaN', 'null', '?', '.'] as const;

const MISSING = new Set<string>(MISSING_TOKENS.map((token) => token.toLowerCase()));
const LONGEST_MISSING = Math.max(...MISSING_TOKENS.map((token) => token.length));

/** True when a trimmed cell is empty or a missing-value token (`NA`, `n/a`, `?`, `.`, …). */
export function isMissingToken(cell: string): boolean {
  return cell.length <= LONGEST_MISSING && MISSING.has(cell.toLowerCase());
}

const ZERO = 48;
const NINE = 57;
const PLUS = 43;
const MINUS = 45;

/**
 * The number a trimmed cell holds, or NaN when it is not a finite decimal number: `12`, `-3.5`,
 * `.5`, `1e-3` are numbers; `0x1F`, `Infinity`, `1,5` are not, and neither is a whole part with a
 * leading zero (`007`, `-01`), which marks a code such as a ZIP code or an id rather than a quantity.
 */
export function readNumber(cell: string): number {
  const value = Number(cell);
  if (!Number.isFinite(value) || cell.length === 0) return NaN;
  const first = cell.charCodeAt(0);
  const start = first === PLUS || first === MINUS ? 1 : 0;
  if (cell.charCodeAt(start) !== ZERO || cell.length === start + 1) return value;
  const next = cell.charCodeAt(start + 1);
  // `0.5` and `0e3` are fine; `007` has a leading zero; `0x1F`, `0o7`, `0b1` are Number()'s own literals
  if (next >= ZERO && next <= NINE) return NaN;
  return next === 46 || next === 69 || next === 101 ? value : NaN;
}

/**
 * The category a trimmed, non-missing cell belongs to. A cell that reads as a number is named by
 * its value, so `1.0` and `1` are one category. A column is stored as numbers until its first text
 * cell, so this is also the only name the cells above that one can get.
 */
export function categoryOf(cell: string): string {
  const value = readNumber(cell);
  return Number.isNaN(value) ? cell : String(value);
}

/**
 * A copy of a string cut from the file's text that does not keep the text alive. V8 represents a
 * long enough substring as a slice of its parent, so one kept category or column name would hold
 * on to the whole file (13 MB for 100,000 rows) after parsing.
 */
export function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
