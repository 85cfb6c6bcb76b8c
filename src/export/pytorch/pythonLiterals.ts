import { shortestFloat32, type PythonValue, type Tensor } from '../../model/index.ts';

/** A Python literal: `True`, `0.03`, `8`, `"adam"`. Numbers are written as float32 reads them back (see `shortestFloat32`). */
export function pythonLiteral(value: PythonValue): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return JSON.stringify(value);
  return pythonNumber(value);
}

/** `8`, `0.03`, `1e-08` (Python's own spelling of the exponent is not needed: `1e-8` reads the same). */
function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} has no place in an exported script`);
  return String(Number.isInteger(value) ? value : shortestFloat32(value));
}

/** A float literal that reads as a float even when whole: `1.0`, `0.25` (for settings like the learning rate). */
export function pythonFloat(value: number): string {
  const text = pythonNumber(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** `["x", "y"]` */
export function pythonStrings(values: readonly string[]): string {
  return `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
}

/** How wide a line of weights may grow before it wraps. */
const LINE_WIDTH = 100;

/**
 * A tensor as a Python list literal, indented by `indent` spaces: a vector as one list, a matrix
 * one row per line; long rows wrap, at most `LINE_WIDTH` characters a line.
 */
export function pythonTensor(tensor: Tensor, indent: number): string {
  const pad = ' '.repeat(indent);
  if (!Array.isArray(tensor[0])) return wrapList(tensor as number[], pad);
  const rows = (tensor as number[][]).map((row) => `${pad}    ${wrapList(row, `${pad}    `)},`);
  return `[\n${rows.join('\n')}\n${pad}]`;
}

function wrapList(values: readonly number[], pad: string): string {
  const lines: string[] = [];
  let line = '';
  for (const value of values.map(pythonNumber)) {
    const next = line === '' ? value : `${line}, ${value}`;
    if (line !== '' && pad.length + next.length > LINE_WIDTH - 2) {
      lines.push(`${line},`);
      line = value;
    } else {
      line = next;
    }
  }
  lines.push(line);
  return `[${lines.join(`\n${pad} `)}]`;
}
