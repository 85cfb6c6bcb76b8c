import { compile, type CompileResult } from '../../compiler/index.ts';
import type { NetloomModel } from '../../model/index.ts';

// Store models are frozen by immer, so a model object always compiles to the same result.
const results = new WeakMap<NetloomModel, CompileResult>();

/** `compile(model)`, computed once per model object (the editor, status line and store share it). */
export function compileModel(model: NetloomModel): CompileResult {
  let result = results.get(model);
  if (!result) {
    result = compile(model);
    results.set(model, result);
  }
  return result;
}

/** The width flowing into each node that has exactly one incoming edge with a known width. */
export function inputWidths(model: NetloomModel, shapes: Record<string, number>): Map<string, number> {
  const incoming = new Map<string, string[]>();
  for (const edge of model.edges) incoming.set(edge.target, [...(incoming.get(edge.target) ?? []), edge.source]);
  const widths = new Map<string, number>();
  for (const [target, sources] of incoming) {
    const width = sources.length === 1 ? shapes[sources[0]!] : undefined;
    if (width !== undefined) widths.set(target, width);
  }
  return widths;
}
