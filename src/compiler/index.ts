/**
 * The compiler: a model's graph → the op graph the engine runs (the nodes between the input
 * and the loss in topological order, each naming the values it reads), with every node's
 * inferred width, or a list of errors naming node ids. Pure TypeScript, no DOM.
 */

/** Compile a model, checking it against its (or the given) dataset. */
export { compile } from './compile.ts';
/** `compileOrThrow(model)`: the network, or a `CompileFailedError` carrying every error. */
export { compileOrThrow, CompileFailedError } from './compileOrThrow.ts';
/** Whether the editor may draw a wire from one node to another, and why not. */
export { canConnect } from './canConnect.ts';
/** `Connection`: the wire being drawn; `ConnectCheck`: `{ok: true}` or `{ok: false, reason}`. */
export type { Connection, ConnectCheck } from './canConnect.ts';
/** `weightProblems(node, inputWidths, stored)`: why stored tensors do not fit a node (empty when they do). */
export { weightProblems } from './checkWeights.ts';
/** `count(3, 'unit')` → `3 units`: the plural rule every message about counts uses; `nodeName(node)` → `Dense node "h"`. */
export { count, nodeName } from './wording.ts';
/**
 * `CompileResult`: the network or the errors, with `GraphFacts` (widths, ports) inferred so far.
 * `CompiledNetwork` / `CompiledOp` / `OpType`: the op graph the engine builds a network from.
 * `CompileError` / `CompileErrorCode`: one problem, its kind and the node ids it is about.
 * `CompileOptions`: the dataset and batch size to check the graph against.
 */
export type {
  CompiledNetwork,
  CompiledOp,
  OpType,
  CompileError,
  CompileErrorCode,
  CompileOptions,
  CompileResult,
  GraphFacts,
} from './types.ts';
