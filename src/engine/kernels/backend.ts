import { allocate, type Dtype, type FloatArray } from '../tensor.ts';
import { WasmArena } from './arena.ts';
import { jsKernels } from './blocked.ts';
import type { Kernels } from './types.ts';
import { detectWasmVariant, WasmKernels } from './wasm/wasmKernels.ts';

/**
 * Which kernels a network asks for: `auto` takes WebAssembly SIMD when the runtime has it
 * (relaxed-SIMD FMA when it has that too) and JavaScript otherwise; `js` and `wasm` force one
 * (`wasm` throws where the runtime has no SIMD). Float64 networks always run on JavaScript.
 */
export type KernelChoice = 'auto' | 'js' | 'wasm';

export const KERNEL_CHOICES: readonly KernelChoice[] = ['auto', 'js', 'wasm'];

/** Kernels and the allocator of the buffers they run on best: what a network is built on. */
export interface KernelBackend {
  readonly kernels: Kernels;
  readonly dtype: Dtype;
  /** A zero-filled buffer of the backend's dtype, with `length` elements. */
  allocate(length: number): FloatArray;
  /** Returns a buffer from `allocate` that is no longer used, so its space can be reused. */
  release(buffer: FloatArray): void;
  /** The arena, for the WebAssembly backends: how full it is, whether it overflowed. */
  readonly arena: WasmArena | null;
}

/** The JavaScript kernels on ordinary typed arrays. */
export function jsBackend(dtype: Dtype): KernelBackend {
  return { kernels: jsKernels, dtype, allocate: (length) => allocate(dtype, length), release: () => {}, arena: null };
}

/**
 * A float32 backend on the WebAssembly kernels, over a fresh arena of `capacityBytes`.
 * @throws Error when the runtime has no WebAssembly SIMD, or RangeError when the memory cannot be made.
 */
export function wasmBackend(capacityBytes: number): KernelBackend {
  const variant = detectWasmVariant();
  if (variant === null) throw new Error('WebAssembly SIMD is not available in this runtime: use the js kernels');
  const arena = new WasmArena(capacityBytes);
  return {
    kernels: new WasmKernels(variant, arena),
    dtype: 'float32',
    allocate: (length) => arena.allocate(length),
    release: (buffer) => arena.release(buffer),
    arena,
  };
}

/**
 * The backend for a network: see `KernelChoice`. `auto` falls back to JavaScript when the
 * WebAssembly backend cannot be built here (no SIMD; a browser main thread refusing a
 * synchronous compile; no room for the memory), so it never fails.
 */
export function createBackend(choice: KernelChoice, dtype: Dtype, capacityBytes: number): KernelBackend {
  if (dtype === 'float64' || choice === 'js') return jsBackend(dtype);
  if (choice === 'wasm') return wasmBackend(capacityBytes);
  try {
    return wasmBackend(capacityBytes);
  } catch {
    return jsBackend(dtype);
  }
}

/**
 * `NETLOOM_KERNELS` as the CLI and the benchmarks read it: unset or empty means `auto`.
 * @throws Error naming the variable and the accepted values.
 */
export function parseKernelChoice(value: string | undefined): KernelChoice {
  if (value === undefined || value === '') return 'auto';
  if ((KERNEL_CHOICES as readonly string[]).includes(value)) return value as KernelChoice;
  throw new Error(`NETLOOM_KERNELS must be one of ${KERNEL_CHOICES.join(', ')}; got '${value}'`);
}
