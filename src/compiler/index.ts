/**
 * The compiler: a model's graph → the ordered layer stack the engine runs, with every node's
 * inferred width, or a list of errors naming node ids. Pure TypeScript, no DOM.
 */

/** Compile a model, checking it against its (or the given) dataset. */
export { compile } from './compile.ts';
/** Whether the editor may draw a wire from one node to another, and why not. */
export { canConnect } from './canConnect.ts';
/** `Connection`: the wire being drawn; `ConnectCheck`: `{ok: true}` or `{ok: false, reason}`. */
export type { Connection, ConnectCheck } from './canConnect.ts';
/** `count(3, 'unit')` → `3 units`: the plural rule every message about counts uses. */
export { count } from './wording.ts';
/**
 * `CompileResult`: the network or the errors, with the widths inferred so far.
 * `CompiledNetwork` / `CompiledLayer`: the layer stack the engine builds a network from.
 * `CompileError` / `CompileErrorCode`: one problem, its kind and the node ids it is about.
 * `CompileOptions`: the dataset to check the widths against.
 */
export type {
  CompiledLayer,
  CompiledNetwork,
  CompileError,
  CompileErrorCode,
  CompileOptions,
  CompileResult,
} from './types.ts';
