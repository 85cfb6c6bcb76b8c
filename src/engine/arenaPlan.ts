import type { CompiledNetwork } from '../compiler/index.ts';

/**
 * The smallest arena a network gets, whatever its size. Engines commit a WebAssembly memory's
 * pages only when they are written, so an arena larger than the network needs costs address
 * space, not memory, and lets small networks take any batch size without overflowing.
 */
const MIN_ARENA_BYTES = 16 << 20;
/** Headroom over the plan: a larger batch later on, scratch copies of outside inputs. */
const HEADROOM = 2;
/** Bytes lost per buffer to the arena's 64-byte alignment, at most. */
const ALIGNMENT_SLACK = 64;

/**
 * Buffers an op's tensors may take: each tensor's value, gradient, two optimizer-state slots and
 * the copy of its values an update keeps until it knows they stayed finite.
 */
const BUFFERS_PER_TENSOR = 5;
/** The most tensors any kind owns (BatchNorm: gamma, beta and two moving statistics). */
const MAX_TENSORS_PER_OP = 4;

/**
 * Bytes of float32 buffers a network and its trainer allocate for batches of up to `batchRows`
 * rows: parameters, their gradients, two optimizer-state slots each (Adam's moments, the most
 * any optimizer keeps) and the values before the last update; per row, every op's value and its gradient, one more buffer for each
 * extra reader of a value read several times, the trainer's input and target batch, and a staged
 * copy of an outside input chunk (evaluation on a dataset's own arrays). Kept beside `Network`
 * because it mirrors what the network allocates.
 */
export function planArenaBytes(compiled: CompiledNetwork, batchRows: number): number {
  let parameterFloats = 0;
  let buffers = 6;
  let rowFloats = 2 * compiled.inputSize + compiled.outputSize;
  for (const op of compiled.ops) {
    rowFloats += 2 * op.width;
    buffers += 2 + BUFFERS_PER_TENSOR * MAX_TENSORS_PER_OP;
    parameterFloats += op.paramCount;
    // Every reader after the first gets a gradient buffer of its own.
    if (op.consumers.length > 1) rowFloats += (op.consumers.length - 1) * op.width;
  }
  return 4 * (BUFFERS_PER_TENSOR * parameterFloats + batchRows * rowFloats) + buffers * ALIGNMENT_SLACK;
}

/** The arena a network reserves: the plan with headroom, and never under 16 MiB. */
export function arenaBytesFor(compiled: CompiledNetwork, batchRows: number): number {
  return Math.max(MIN_ARENA_BYTES, HEADROOM * planArenaBytes(compiled, batchRows));
}
