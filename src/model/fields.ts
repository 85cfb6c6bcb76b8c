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
