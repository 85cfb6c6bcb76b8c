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
