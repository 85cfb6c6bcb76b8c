import { isWithin, type NumberBounds } from '../../../model/index.ts';

/** A plain or scientific decimal: "0.5", ".5", "1e-3", "-2". Not "", "0x1", "Infinity" or "1,5". */
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** "0.001" → 0.001, "1e-5" → 0.00001; text that is not a decimal, or a value outside `bounds`, → undefined. */
export function parseDecimal(text: string, bounds: NumberBounds): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return isWithin(bounds, value) ? value : undefined;
}
