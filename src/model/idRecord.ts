import { z } from 'zod';

// Node ids (and a table's column names) are free text: `__proto__`, `constructor` and
// `toString` are names like any other. A record keyed by them is made without a prototype, so
// an assignment to `__proto__` stores a value instead of replacing the prototype and a lookup
// of `constructor` finds nothing that is not there; a record that may come from elsewhere is
// read through `ownValue`.

/** A record keyed by names people chose, with no prototype. */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record: Record<string, T> = Object.create(null);
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** `record[key]` when the record itself has that key; never a member of `Object.prototype`. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A record keyed by user-chosen names whose values follow `value`, parsed into an `idRecord`.
 * zod's own `z.record` silently drops a `__proto__` key (it guards against prototype
 * pollution that way), which would lose, say, the weights of a node named `__proto__`.
 */
export function idRecordSchema<T>(value: z.ZodType<T>, expected: string) {
  return z
    .custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), { error: `expected ${expected}` })
    .transform((input, ctx) => {
      const parsed = idRecord<T>();
      for (const key of Object.keys(input)) {
        const result = value.safeParse(input[key]);
        if (result.success) parsed[key] = result.data;
        else for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as z.core.$ZodRawIssue);
      }
      return parsed;
    });
}
