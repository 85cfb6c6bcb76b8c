import type { FloatArray } from '../../tensor.ts';
import type { WasmArena } from '../arena.ts';
import { jsKernels } from '../blocked.ts';
import type { KernelName, Kernels } from '../types.ts';
import { RELAXED_SIMD_KERNELS_BASE64, SIMD_KERNELS_BASE64 } from './kernelsBinary.generated.ts';

/** What the kernels module exports (src/engine/kernels/wasm/assembly/index.ts); pointers are byte offsets. */
interface KernelExports {
  denseForward(x: number, w: number, bias: number, out: number, rows: number, inputs: number, units: number): void;
  denseInputGradient(g: number, w: number, dx: number, rows: number, inputs: number, units: number): void;
  denseKernelGradient(g: number, x: number, dw: number, rows: number, inputs: number, units: number): void;
  sgd(w: number, g: number, previous: number, n: number, lr: number): number;
  momentum(w: number, g: number, velocity: number, previous: number, n: number, lr: number, mu: number): number;
  adam(
    w: number, g: number, m: number, v: number, previous: number, n: number,
    stepSize: number, beta1: number, beta2: number, oneMinusBeta1: number, oneMinusBeta2: number, epsilon: number, invRootC2: number,
  ): number;
}

/** The two builds of the kernels: SIMD-128 with multiply then add, and relaxed SIMD with fused multiply-add. */
export type WasmVariant = Extract<KernelName, 'wasm-simd' | 'wasm-relaxed-simd'>;

const BINARIES: Record<WasmVariant, string> = {
  'wasm-relaxed-simd': RELAXED_SIMD_KERNELS_BASE64,
  'wasm-simd': SIMD_KERNELS_BASE64,
};

const modules = new Map<WasmVariant, WebAssembly.Module>();
let detected: WasmVariant | null | undefined;

function decode(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/**
 * Whether this runtime runs a build: `WebAssembly.validate` on its own bytes, which is exactly
 * the question (it checks every instruction the build uses).
 */
export function supportsVariant(variant: WasmVariant): boolean {
  return typeof WebAssembly === 'object' && WebAssembly.validate(decode(BINARIES[variant]));
}

/** The best build this runtime validates: relaxed SIMD, then SIMD-128; null when neither. */
export function detectWasmVariant(): WasmVariant | null {
  detected ??= supportsVariant('wasm-relaxed-simd') ? 'wasm-relaxed-simd' : supportsVariant('wasm-simd') ? 'wasm-simd' : null;
  return detected;
}

/**
 * Compiled once per variant. Synchronous: fine in Node and in workers; a browser main thread
 * may refuse to compile a module over 4 KB synchronously, which the caller treats as "no wasm".
 */
function compiledModule(variant: WasmVariant): WebAssembly.Module {
  let module = modules.get(variant);
  if (!module) {
    module = new WebAssembly.Module(decode(BINARIES[variant]));
    modules.set(variant, module);
  }
  return module;
}

/**
 * The WebAssembly kernels bound to one arena's memory. A call whose buffers all lie in the
 * memory passes their byte offsets straight through: the hot path of a network built on the
 * arena. Otherwise each outside float32 operand is copied into scratch space in the arena (an
 * output is copied back), and when the arena has no room for that, or an operand is float64,
 * the call runs on the JavaScript kernels.
 */
export class WasmKernels implements Kernels {
  private readonly exports: KernelExports;
  private readonly buffer: ArrayBuffer;

  constructor(
    readonly name: WasmVariant,
    private readonly arena: WasmArena,
  ) {
    const instance = new WebAssembly.Instance(compiledModule(name), { env: { memory: arena.memory } });
    this.exports = instance.exports as unknown as KernelExports;
    this.buffer = arena.buffer;
  }

  forward(x: FloatArray, W: FloatArray, bias: FloatArray | null, out: FloatArray, rows: number, inputs: number, units: number): void {
    const { buffer } = this;
    if (x.buffer === buffer && W.buffer === buffer && out.buffer === buffer && (bias === null || bias.buffer === buffer)) {
      this.exports.denseForward(x.byteOffset, W.byteOffset, bias === null ? 0 : bias.byteOffset, out.byteOffset, rows, inputs, units);
      return;
    }
    const staged = this.stage([x, rows * inputs], [W, units * inputs], [bias, units], [out, rows * units]);
    if (staged === null) return jsKernels.forward(x, W, bias, out, rows, inputs, units);
    const [px, pW, pBias, pOut] = staged.pointers;
    this.exports.denseForward(px!, pW!, pBias!, pOut!, rows, inputs, units);
    staged.finish();
  }

  inputGradient(g: FloatArray, W: FloatArray, dx: FloatArray, rows: number, inputs: number, units: number): void {
    const { buffer } = this;
    if (g.buffer === buffer && W.buffer === buffer && dx.buffer === buffer) {
      this.exports.denseInputGradient(g.byteOffset, W.byteOffset, dx.byteOffset, rows, inputs, units);
      return;
    }
    const staged = this.stage([g, rows * units], [W, units * inputs], [dx, rows * inputs]);
    if (staged === null) return jsKernels.inputGradient(g, W, dx, rows, inputs, units);
    const [pg, pW, pdx] = staged.pointers;
    this.exports.denseInputGradient(pg!, pW!, pdx!, rows, inputs, units);
    staged.finish();
  }

  kernelGradient(g: FloatArray, x: FloatArray, dW: FloatArray, rows: number, inputs: number, units: number): void {
    const { buffer } = this;
    if (g.buffer === buffer && x.buffer === buffer && dW.buffer === buffer) {
      this.exports.denseKernelGradient(g.byteOffset, x.byteOffset, dW.byteOffset, rows, inputs, units);
      return;
    }
    const staged = this.stage([g, rows * units], [x, rows * inputs], [dW, units * inputs]);
    if (staged === null) return jsKernels.kernelGradient(g, x, dW, rows, inputs, units);
    const [pg, px, pdW] = staged.pointers;
    this.exports.denseKernelGradient(pg!, px!, pdW!, rows, inputs, units);
    staged.finish();
  }

  // The optimizer updates write every operand they touch, so they only run in place (the
  // network allocates parameters, gradients and state in the arena); anything else goes to JS.

  sgd(value: FloatArray, grad: FloatArray, previous: FloatArray, lr: number): number {
    const { buffer } = this;
    if (value.buffer !== buffer || grad.buffer !== buffer || previous.buffer !== buffer) return jsKernels.sgd(value, grad, previous, lr);
    return this.exports.sgd(value.byteOffset, grad.byteOffset, previous.byteOffset, value.length, lr);
  }

  momentum(value: FloatArray, grad: FloatArray, velocity: FloatArray, previous: FloatArray, lr: number, mu: number): number {
    const { buffer } = this;
    if (value.buffer !== buffer || grad.buffer !== buffer || velocity.buffer !== buffer || previous.buffer !== buffer) {
      return jsKernels.momentum(value, grad, velocity, previous, lr, mu);
    }
    return this.exports.momentum(value.byteOffset, grad.byteOffset, velocity.byteOffset, previous.byteOffset, value.length, lr, mu);
  }

  adam(
    value: FloatArray, grad: FloatArray, m: FloatArray, v: FloatArray, previous: FloatArray,
    lr: number, beta1: number, beta2: number, epsilon: number, step: number,
  ): number {
    const { buffer } = this;
    if (value.buffer !== buffer || grad.buffer !== buffer || m.buffer !== buffer || v.buffer !== buffer || previous.buffer !== buffer) {
      return jsKernels.adam(value, grad, m, v, previous, lr, beta1, beta2, epsilon, step);
    }
    // The bias corrections in float64 here; the kernel folds them in as documented in optimizers.ts (assembly).
    const stepSize = lr / (1 - beta1 ** step);
    const invRootC2 = 1 / Math.sqrt(1 - beta2 ** step);
    const { exports } = this;
    return exports.adam(
      value.byteOffset, grad.byteOffset, m.byteOffset, v.byteOffset, previous.byteOffset, value.length,
      stepSize, beta1, beta2, 1 - beta1, 1 - beta2, epsilon, invRootC2,
    );
  }

  /**
   * Byte offsets for a call's operands, the last one being its output: in place when in the
   * memory, else in scratch buffers (inputs copied in). `finish` copies the output back and
   * frees the scratch. Null (nothing left allocated) when an operand is not float32 or the
   * arena has no room.
   */
  private stage(...operands: [FloatArray | null, number][]): { pointers: number[]; finish(): void } | null {
    const { arena } = this;
    const scratch: Float32Array[] = [];
    const pointers: number[] = [];
    const last = operands.length - 1;
    for (let i = 0; i <= last; i++) {
      const [array, length] = operands[i]!;
      if (array === null || array.buffer === this.buffer) {
        pointers.push(array === null ? 0 : array.byteOffset);
        continue;
      }
      const copy = array instanceof Float32Array ? arena.tryAllocate(length) : null;
      if (copy === null) {
        for (const buffer of scratch) arena.release(buffer);
        return null;
      }
      if (i < last) copy.set(array.subarray(0, length));
      scratch.push(copy);
      pointers.push(copy.byteOffset);
    }
    const [output, outputLength] = operands[last]!;
    return {
      pointers,
      finish: () => {
        if (output !== null && output.buffer !== this.buffer) output.set(scratch.at(-1)!.subarray(0, outputLength));
        for (const buffer of scratch) arena.release(buffer);
      },
    };
  }
}

