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
