/** The kernels module: everything the engine calls in WebAssembly. Built by scripts/build-wasm.mjs. */
export { denseForward, denseInputGradient, denseKernelGradient } from './dense';
export { adam, momentum, sgd } from './optimizers';
