/** Number formats shared by the charts, so every axis and tooltip reads the same way. */

const significant3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const grouped = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/** "1e-4" style: no "+" in the exponent and no trailing zeros in the mantissa (8.00e+7 → "8e7"). */
function exponential(value: number, fractionDigits: number): string {
  return value.toExponential(fractionDigits).replace(/\.?0+e/, 'e').replace('e+', 'e');
}

/** Tick label on a log axis: plain between 0.01 and 1000, "1e-4" style outside. */
export function formatLogTick(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  return magnitude >= 0.01 && magnitude <= 1000 ? significant3.format(value) : exponential(value, 0);
}

/** A reported value (loss, gradient norm) with three significant digits: 0.693, 3.42e-5. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (value === 0 || (magnitude >= 1e-3 && magnitude < 1e5)) return significant3.format(value);
  return exponential(value, 2);
}

const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

/** Steps or epochs on the x axis: 950, 12K, 1.3M, 2.5, and 0.05 early in the first epoch. */
export function formatStep(value: number): string {
  if (Math.abs(value) >= 1e6) return `${oneDecimal(value / 1e6)}M`;
  if (Math.abs(value) >= 1e3) return `${oneDecimal(value / 1e3)}K`;
  return significant3.format(value);
}

/** A fraction as a whole percentage: 0.935 → "94%". */
export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * A "how many times" factor for a sentence: 12,000 below a million, a power of ten from there
 * on (1.3 × 10¹⁹), since words run out ("13,000,000 trillion") long before gradients do.
 */
export function formatFactor(value: number): string {
  // Rounded first, so 999,999 reads as 1 × 10⁶ rather than 1,000,000.
  if (Number(value.toPrecision(2)) < 1e6) return grouped.format(value);
  if (!Number.isFinite(value)) return '∞';
  const [mantissa, exponent] = exponential(value, 1).split('e') as [string, string];
  return `${mantissa} × 10${superscript(exponent)}`;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "19" → "¹⁹" */
function superscript(digits: string): string {
  return digits.replace(/\d/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)]!);
}
