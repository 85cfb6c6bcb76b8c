import { CURRENT_VERSION } from './schema.ts';

/**
 * Upgrades from version N to N + 1, keyed by N. Version 1 is the first published format, so
 * there is nothing to upgrade yet; a future version 2 adds `1: (doc) => ({ ...doc, version: 2 })`.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export type MigrationResult = { ok: true; doc: Record<string, unknown> } | { ok: false; message: string };

/** Brings a document of any known version up to CURRENT_VERSION. */
export function migrate(doc: Record<string, unknown>): MigrationResult {
  let version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `version: expected a positive integer, got ${JSON.stringify(version)}` };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      message: `version: this file is format version ${version}; this Netloom reads versions up to ${CURRENT_VERSION}`,
    };
  }
  let current = doc;
  while (version < CURRENT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, message: `version: no upgrade from version ${version}` };
    current = step(current);
    version += 1;
  }
  return { ok: true, doc: current };
}
