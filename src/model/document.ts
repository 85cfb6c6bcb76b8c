import type { z } from 'zod';
import { formatPath } from './formatPath.ts';
import { migrate } from './migrations.ts';
import { nestingTooDeep, parseJsonSyntax } from './parseJson.ts';
import { FORMAT, modelSchema } from './schema.ts';
import type { NetloomModel } from './types.ts';

/** One reason a document was refused: where (`nodes[3].params.units`) and what. */
export interface ModelIssue {
  path: string;
  message: string;
  /** The node the issue is about, when it is about one. */
  nodeId?: string;
}

export type LoadResult = { ok: true; model: NetloomModel } | { ok: false; issues: ModelIssue[] };

/** `nodes[3].params.units: expected a positive integer` */
export function formatIssue(issue: ModelIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Parses JSON text (reporting line and column on a syntax error), then loads it. */
export function parseModelJson(text: string): LoadResult {
  const parsed = parseJsonSyntax(text);
  return parsed.ok ? loadModel(parsed.value) : { ok: false, issues: [parsed.issue] };
}

/** parse → migrate → validate: the only way a document gets into Netloom. */
export function loadModel(value: unknown): LoadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('', 'expected a JSON object (a netloom model)');
  }
  // Before anything recursive (zod, immer, JSON.stringify on save) meets the document.
  const tooDeep = nestingTooDeep(value);
  if (tooDeep) return { ok: false, issues: [tooDeep] };
  const doc = value as Record<string, unknown>;
  if (doc.format !== FORMAT) {
    return refuse('format', `expected "${FORMAT}", got ${JSON.stringify(doc.format)}: this is not a netloom model`);
  }
  const migrated = migrate(doc);
  if (!migrated.ok) return refuse('', migrated.message);
  const result = modelSchema.safeParse(migrated.doc);
  // The schema checks exactly what `NetloomModel` declares; its inferred type is only looser.
  if (result.success) return { ok: true, model: result.data as NetloomModel };
  return { ok: false, issues: result.error.issues.map((issue) => toModelIssue(issue, migrated.doc)) };
}

/** The document as it is saved and exported: stable key order as given, two-space indent. */
export function serializeModel(model: NetloomModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

function refuse(path: string, message: string): LoadResult {
  return { ok: false, issues: [{ path, message }] };
}

function toModelIssue(issue: z.core.$ZodIssue, doc: Record<string, unknown>): ModelIssue {
  const path = formatPath(issue.path);
  const [section, index] = issue.path;
  let nodeId: string | undefined;
  if (section === 'nodes' && typeof index === 'number') {
    const node = (doc.nodes as { id?: unknown }[] | undefined)?.[index];
    if (typeof node?.id === 'string') nodeId = node.id;
  } else if (section === 'weights' && typeof index === 'string') {
    nodeId = index;
  }
  return { path, message: issue.message, ...(nodeId ? { nodeId } : {}) };
}
