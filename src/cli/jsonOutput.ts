import { formatPath } from '../model/index.ts';
import type { CliIO } from './command.ts';

// Every JSON the CLI prints or writes line by line (results, `--metrics`) goes through here.
// JSON has no NaN or Infinity and JSON.stringify writes them as `null`, which reads like "no
// value" and hides a blown-up network; here they stay visible as the strings "NaN",
// "Infinity" and "-Infinity" (as Python's json module and pandas spell them).

/** How many non-finite numbers an error names before it summarises the rest. */
const LISTED = 3;

/** `value` as one line of JSON, with NaN and ±Infinity as the strings "NaN", "Infinity", "-Infinity". */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? String(item) : item));
}

/** Where `value` holds NaN or ±Infinity, as `[path, number]` pairs (`output[0][1]`), in document order. */
export function nonFiniteNumbers(value: unknown): [path: string, value: number][] {
  const found: [string, number][] = [];
  const visit = (item: unknown, path: PropertyKey[]) => {
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) found.push([formatPath(path), item]);
    } else if (Array.isArray(item)) {
      item.forEach((element, i) => visit(element, [...path, i]));
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, element] of Object.entries(item)) visit(element, [...path, key]);
    }
  };
  visit(value, []);
  return found;
}

/**
 * Prints a command's result as one JSON line and resolves its exit code: 0, or 1 when the
 * result holds a number that is not finite, after an error line `<failure>: loss is NaN, …`.
 */
export function printJsonResult(io: CliIO, value: unknown, failure: string): number {
  io.stdout(toJsonLine(value));
  const found = nonFiniteNumbers(value);
  if (found.length === 0) return 0;
  const listed = found.slice(0, LISTED).map(([path, number]) => `${path} is ${number}`);
  if (found.length > LISTED) listed.push(`and ${found.length - LISTED} more`);
  io.stderr(`error: ${failure}: ${listed.join(', ')}`);
  return 1;
}
