import type { NetloomModel } from '../model/index.ts';
import { compile } from './compile.ts';
import type { CompiledNetwork, CompileError, CompileOptions } from './types.ts';

/** The graph does not compile; `errors` name the nodes, the message lists them one per line. */
export class CompileFailedError extends Error {
  override name = 'CompileFailedError';

  constructor(readonly errors: readonly CompileError[]) {
    super(errors.map((error) => error.message).join('\n'));
  }
}

/** `compile` for callers that cannot go on without a network (the engine's setup, the exports, tests). */
export function compileOrThrow(model: NetloomModel, options?: CompileOptions): CompiledNetwork {
  const result = compile(model, options);
  if (!result.ok) throw new CompileFailedError(result.errors);
  return result.network;
}
