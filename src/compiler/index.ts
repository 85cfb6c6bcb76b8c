/**
 * The compiler: a model's graph → the ordered layer stack the engine runs, with every node's
 * inferred width, or a list of errors naming node ids. Pure TypeScript, no DOM.
 */

/** Compile a model, checking it against its (or the given) dataset. */
export { compile } from './compile.ts';
/** Whether the editor may draw a wire from one node to another, and why not. */
export { canConnect } from './canConnect.ts';
export type { Connection, ConnectCheck } from './canConnect.ts';
/** The widest dense layer the compiler accepts. */
export { MAX_UNITS } from './inferShapes.ts';
export { COMPILE_ERROR_CODES } from './types.ts';
export type {
  CompiledLayer,
  CompiledNetwork,
  CompileError,
  CompileErrorCode,
  CompileOptions,
  CompileResult,
} from './types.ts';
