import { z } from 'zod';

// A schema-level `error` answers every failure of the field, a wrong type included, so a user
// reads `expected a positive integer` rather than zod's "Invalid input: expected number".

export const positiveInt = z.number({ error: 'expected a positive integer' }).int().positive();

/** zod 4 numbers already refuse NaN and ±Infinity. */
export const finiteNumber = z.number({ error: 'expected a finite number' });

/** A number field with its own `expected …` message. */
export function numberField(expected: string) {
  return z.number({ error: `expected ${expected}` });
}

/** 2¹²⁸ − 2¹⁰³, halfway between the largest float32 and 2¹²⁸: from here on float32 rounds to ±Infinity. */
const FLOAT32_OVERFLOW = 2 ** 128 - 2 ** 103;

/**
 * Why a stored weight cannot be one (undefined when it can): it must be a finite number that
 * stays finite as float32, the engine's storage, where anything past ±3.4028235e38 becomes
 * ±Infinity (and then `null` in a saved file).
 */
export function weightProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a finite number';
  if (Math.abs(value) < FLOAT32_OVERFLOW) return undefined;
  return `expected a number within float32's range (±3.4e38), got ${String(value).replace('e+', 'e')}`;
}

/**
 * The values a decimal parameter takes (an epsilon, a momentum, a rate): from `min` to `max`,
 * either end left out when its `exclusive…` flag is set (JSON Schema's terms). The schema and
 * the editor's field both read these, so they accept exactly the same numbers.
 */
export interface NumberBounds {
  min: number;
  max: number;
  exclusiveMin?: boolean;
  exclusiveMax?: boolean;
}

/** Whether `value` is a finite number within `bounds`. */
export function isWithin(bounds: NumberBounds, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const aboveMin = bounds.exclusiveMin ? value > bounds.min : value >= bounds.min;
  const belowMax = bounds.exclusiveMax ? value < bounds.max : value <= bounds.max;
  return aboveMin && belowMax;
}

/** `a number from 0 to 1, 1 excluded`: what a field within `bounds` expects, for messages. */
export function describeBounds({ min, max, exclusiveMin, exclusiveMax }: NumberBounds): string {
  const excluded = [...(exclusiveMin ? [min] : []), ...(exclusiveMax ? [max] : [])];
  const note = excluded.length === 0 ? '' : excluded.length === 1 ? `, ${excluded[0]} excluded` : ', both excluded';
  return `a number from ${min} to ${max}${note}`;
}

/** A zod number within `bounds`, refused as `expected a number from … to …`. */
export function boundedNumber(bounds: NumberBounds) {
  const message = `expected ${describeBounds(bounds)}`;
  return z.number({ error: message }).refine((value) => isWithin(bounds, value), message);
}
