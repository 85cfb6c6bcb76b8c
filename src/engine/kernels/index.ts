/**
 * The kernel seam: the dense products and optimizer updates behind one interface, a naive
 * reference beside the fast implementations (blocked JavaScript; WebAssembly SIMD-128 and
 * relaxed SIMD), and the arena that keeps a network's float32 buffers in WebAssembly memory.
 */

/** `DenseKernels` (forward, inputGradient, kernelGradient), `OptimizerKernels` (sgd, momentum, adam), both in `Kernels`. */
export type { DenseKernels, KernelName, Kernels, OptimizerKernels } from './types.ts';
/** The plain triple loops every kernel set is held to. */
export { referenceKernels } from './reference.ts';
/** The blocked JavaScript kernels (any dtype). */
export { jsKernels } from './blocked.ts';
/** Kernels plus allocator: `createBackend(choice, dtype, capacityBytes)`, and each kind on its own. */
export { createBackend, jsBackend, parseKernelChoice, wasmBackend, KERNEL_CHOICES } from './backend.ts';
export type { KernelBackend, KernelChoice } from './backend.ts';
/** Float32 buffers in one fixed-size WebAssembly memory. */
export { WasmArena } from './arena.ts';
/** The WebAssembly builds and which one this runtime runs. */
export { detectWasmVariant, supportsVariant, WasmKernels } from './wasm/wasmKernels.ts';
export type { WasmVariant } from './wasm/wasmKernels.ts';
