import { describe, expect, it } from 'vitest';
import { createBackend, parseKernelChoice } from './backend.ts';
import { detectWasmVariant } from './wasm/wasmKernels.ts';

describe('createBackend', () => {
  it('auto picks the WebAssembly build this runtime validates, with its buffers in the arena', () => {
    const backend = createBackend('auto', 'float32', 1 << 20);
    expect(backend.kernels.name).toBe(detectWasmVariant());
    expect(backend.arena?.holds(backend.allocate(8))).toBe(true);
  });

  it('js forces the JavaScript kernels on ordinary arrays', () => {
    const backend = createBackend('js', 'float32', 1 << 20);
    expect(backend.kernels.name).toBe('js');
    expect(backend.arena).toBeNull();
    expect(backend.allocate(3)).toEqual(new Float32Array(3));
  });

  it('float64 always runs on JavaScript, whatever is asked', () => {
    for (const choice of ['auto', 'wasm', 'js'] as const) {
      const backend = createBackend(choice, 'float64', 1 << 20);
      expect(backend.kernels.name).toBe('js');
      expect(backend.allocate(2)).toBeInstanceOf(Float64Array);
    }
  });

  it('auto falls back to JavaScript when the memory cannot be made; wasm says why', () => {
    expect(createBackend('auto', 'float32', 5 * 2 ** 30).kernels.name).toBe('js');
    expect(() => createBackend('wasm', 'float32', 5 * 2 ** 30)).toThrow(/more than a WebAssembly memory can hold/);
  });
});

describe('parseKernelChoice', () => {
  it('reads NETLOOM_KERNELS: unset or empty is auto', () => {
    expect(parseKernelChoice(undefined)).toBe('auto');
    expect(parseKernelChoice('')).toBe('auto');
    expect(parseKernelChoice('js')).toBe('js');
    expect(parseKernelChoice('wasm')).toBe('wasm');
  });

  it('names the variable and the choices for anything else', () => {
    expect(() => parseKernelChoice('simd')).toThrow("NETLOOM_KERNELS must be one of auto, js, wasm; got 'simd'");
  });
});
