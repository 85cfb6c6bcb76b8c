import type { CompiledNetwork } from '../compiler/types.ts';

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
 * Bytes of float32 buffers a network and its trainer allocate for batches of up to `batchRows`
 * rows: parameters, their gradients and two optimizer-state slots each (Adam's moments, the
 * most any optimizer keeps); per row, every layer's output and its gradient, the trainer's input
 * and target batch, and a staged copy of an outside input chunk (evaluation on a dataset's own
 * arrays). Kept beside `Network` because it mirrors what the network allocates.
 */
export function planArenaBytes(compiled: CompiledNetwork, batchRows: number): number {
  let parameterFloats = 0;
  let buffers = 6;
  let rowFloats = 2 * compiled.inputSize + compiled.outputSize;
  for (const layer of compiled.layers) {
    const width = layer.kind === 'dense' ? layer.units : layer.size;
    rowFloats += 2 * width;
    buffers += 2;
    if (layer.kind === 'dense') {
      parameterFloats += layer.inputSize * layer.units + (layer.useBias ? layer.units : 0);
      buffers += layer.useBias ? 8 : 4;
    }
  }
  return 4 * (4 * parameterFloats + batchRows * rowFloats) + buffers * ALIGNMENT_SLACK;
}

/** The arena a network reserves: the plan with headroom, and never under 16 MiB. */
export function arenaBytesFor(compiled: CompiledNetwork, batchRows: number): number {
  return Math.max(MIN_ARENA_BYTES, HEADROOM * planArenaBytes(compiled, batchRows));
}
