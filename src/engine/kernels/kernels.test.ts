import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng.ts';
import { WasmArena } from './arena.ts';
import { jsKernels } from './blocked.ts';
import { jsOptimizers } from './jsOptimizers.ts';
import { referenceKernels } from './reference.ts';
import type { Kernels } from './types.ts';
import { supportsVariant, WasmKernels, type WasmVariant } from './wasm/wasmKernels.ts';

// Node 20's V8 validates relaxed SIMD only behind this flag (Chromium and Node 22 have it on), so
// both WebAssembly builds are tested here, not only the one this Node would pick.
setFlagsFromString('--experimental-wasm-relaxed-simd');

/** Float32 results within this much of the reference, relative to the sum of the magnitudes of the terms. */
const TOLERANCE = 1e-5;
const ARENA_BYTES = 64 << 20;

/** [rows, inputs, units]: 1×1, widths that are not multiples of 4 or 8, batch 1, batch 513, and the benchmark's layers. */
const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [1, 3, 5],
  [2, 4, 4],
  [3, 7, 9],
  [5, 13, 6],
  [7, 8, 1],
  [4, 9, 8],
  [2, 1, 12],
  [1, 784, 10],
  [513, 10, 3],
  [513, 33, 17],
  [64, 784, 128],
  [128, 256, 512],
  [10, 2, 8],
  [32, 32, 32],
];

/** How the operands are held: in the arena (the network's case), one float off alignment, or on the JS heap (copied in and out). */
type Placement = 'arena' | 'arena, unaligned' | 'heap';

interface Path {
  name: string;
  kernels: Kernels;
  place(values: Float32Array): Float32Array;
}

function wasmPaths(variant: WasmVariant): Path[] {
  const arena = new WasmArena(ARENA_BYTES);
  const kernels = new WasmKernels(variant, arena);
  const placements: Record<Placement, (values: Float32Array) => Float32Array> = {
    arena: (values) => {
      const view = arena.allocate(values.length);
      view.set(values);
      return view;
    },
    'arena, unaligned': (values) => {
      const view = arena.allocate(values.length + 1).subarray(1);
      view.set(values);
      return view;
    },
    heap: (values) => values.slice(),
  };
  return Object.entries(placements).map(([placement, place]) => ({ name: `${variant} (${placement})`, kernels, place }));
}

const PATHS: Path[] = [
  { name: 'js', kernels: jsKernels, place: (values) => values.slice() },
  ...wasmPaths('wasm-simd'),
  ...wasmPaths('wasm-relaxed-simd'),
];

function random(length: number, seed: number): Float32Array {
  const rng = createRng(seed, 'data');
  return Float32Array.from({ length }, () => 2 * rng.uniform() - 1);
}

/** An output buffer full of NaN: a kernel that reads its output instead of overwriting it fails. */
function garbage(length: number): Float32Array {
  return new Float32Array(length).fill(NaN);
}

function expectClose(actual: Float32Array, expected: Float64Array, magnitude: Float64Array, what: string): void {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(actual[i]! - expected[i]!) / Math.max(magnitude[i]!, Number.MIN_VALUE);
    if (!(error <= worst)) worst = error;
  }
  expect(worst, `${what}: largest error relative to Σ|terms|`).toBeLessThanOrEqual(TOLERANCE);
}

/** The reference in float64, on the values and on their magnitudes (the scale of each sum). */
function reference(run: (kernels: Kernels, a: Float64Array, b: Float64Array, bias: Float64Array | null, out: Float64Array) => void,
  a: Float32Array, b: Float32Array, bias: Float32Array | null, outLength: number): { value: Float64Array; magnitude: Float64Array } {
  const value = new Float64Array(outLength);
  const magnitude = new Float64Array(outLength);
  const abs = (values: Float32Array) => Float64Array.from(values, Math.abs);
  run(referenceKernels, Float64Array.from(a), Float64Array.from(b), bias && Float64Array.from(bias), value);
  run(referenceKernels, abs(a), abs(b), bias && abs(bias), magnitude);
  return { value, magnitude };
}

describe.each(PATHS)('dense kernels: $name against the naive reference', ({ kernels, place }) => {
  it.each(SHAPES)('rows %i, inputs %i, units %i', (rows, inputs, units) => {
    const x = random(rows * inputs, rows * 1000 + inputs);
    const W = random(units * inputs, units * 7 + 1);
    const bias = random(units, units + 3);
    const g = random(rows * units, rows + units * 31);

    for (const withBias of [true, false]) {
      const expected = reference((k, a, b, c, out) => k.forward(a, b, c, out, rows, inputs, units), x, W, withBias ? bias : null, rows * units);
      const out = place(garbage(rows * units));
      kernels.forward(place(x), place(W), withBias ? place(bias) : null, out, rows, inputs, units);
      expectClose(out, expected.value, expected.magnitude, `forward${withBias ? '' : ' without bias'}`);
    }

    const dxExpected = reference((k, a, b, _, out) => k.inputGradient(a, b, out, rows, inputs, units), g, W, null, rows * inputs);
    const dx = place(garbage(rows * inputs));
    kernels.inputGradient(place(g), place(W), dx, rows, inputs, units);
    expectClose(dx, dxExpected.value, dxExpected.magnitude, 'inputGradient');

    const dWExpected = reference((k, a, b, _, out) => k.kernelGradient(a, b, out, rows, inputs, units), g, x, null, units * inputs);
    const dW = place(garbage(units * inputs));
    kernels.kernelGradient(place(g), place(x), dW, rows, inputs, units);
    expectClose(dW, dWExpected.value, dWExpected.magnitude, 'kernelGradient');
  });
});

/** Lengths around the 4-lane blocks, and one large parameter. */
const LENGTHS = [1, 3, 4, 5, 8, 31, 1000];
const STEPS = 5;

/**
 * max |actual − expected| / max |expected|: relative to the array's scale, since a weight that
 * an update carries through zero keeps the absolute rounding error of its larger past.
 */
function relativeError(actual: Float32Array, expected: Float32Array): number {
  let error = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    error = Math.max(error, Math.abs(actual[i]! - expected[i]!));
    scale = Math.max(scale, Math.abs(expected[i]!));
  }
  return scale === 0 ? error : error / scale;
}

describe.each(PATHS.filter((path) => path.name !== 'js'))('optimizer kernels: $name against the JavaScript updates', ({ kernels, place }) => {
  type Update = (k: Pick<Kernels, 'sgd' | 'momentum' | 'adam'>, w: Float32Array, g: Float32Array, s: Float32Array[], previous: Float32Array, step: number) => number;
  const updates: [string, Update][] = [
    ['sgd', (k, w, g, _, previous) => k.sgd(w, g, previous, 0.05)],
    ['momentum', (k, w, g, [v], previous) => k.momentum(w, g, v!, previous, 0.05, 0.9)],
    ['adam', (k, w, g, [m, v], previous, step) => k.adam(w, g, m!, v!, previous, 0.01, 0.9, 0.999, 1e-8, step)],
  ];

  it.each(updates.flatMap(([name, update]) => LENGTHS.map((n) => [name, n, update] as const)))('%s over %i values, 5 steps', (_, n, update) => {
    const expected = { w: random(n, n), s: [new Float32Array(n), new Float32Array(n)], previous: new Float32Array(n) };
    const actual = { w: place(expected.w), s: expected.s.map((state) => place(state)), previous: place(new Float32Array(n)) };
    for (let step = 1; step <= STEPS; step++) {
      const grad = random(n, 100 * n + step);
      const before = Float32Array.from(actual.w);
      expect(update(jsOptimizers, expected.w, grad, expected.s, expected.previous, step)).toBe(0);
      expect(update(kernels, actual.w, place(grad), actual.s, actual.previous, step)).toBe(0);
      // The values before the update, kept for putting back.
      expect(Array.from(actual.previous)).toEqual(Array.from(before));
    }
    expect(relativeError(actual.w, expected.w)).toBeLessThanOrEqual(TOLERANCE);
    actual.s.forEach((state, i) => expect(relativeError(state, expected.s[i]!)).toBeLessThanOrEqual(TOLERANCE));
  });

  // Issue 15 item 1: the check that lets an optimizer put back an update that went wrong.
  it.each(updates.flatMap(([name, update]) => [NaN, Infinity, -Infinity, 'overflow' as const].flatMap((bad) => [1, 5, 8].map((n) => [name, String(bad), n, update] as const))))(
    '%s says NaN when a new value is not finite (%s gradient, %i values)',
    (_, bad, n, update) => {
      const w = place(random(n, n).map((x) => (bad === 'overflow' ? 3.4e38 : x)));
      const grad = random(n, 7 * n);
      grad[n - 1] = bad === 'overflow' ? -3e38 : Number(bad);
      const before = Float32Array.from(w);
      const previous = place(new Float32Array(n));
      // lr 0.05 × a gradient of −3e38 on a weight of 3.4e38: past float32's range. Adam steps by about lr, so it overflows only on NaN or ±Infinity.
      const check = update(kernels, w, place(grad), [place(new Float32Array(n)), place(new Float32Array(n))], previous, 1);
      if (bad === 'overflow' && _ === 'adam') expect(check).toBe(0);
      else expect(check).toBeNaN();
      expect(Array.from(previous)).toEqual(Array.from(before));
    },
  );
});

describe('WebAssembly builds', () => {
  it('this runtime validates both, so both are tested above', () => {
    expect(supportsVariant('wasm-simd')).toBe(true);
    expect(supportsVariant('wasm-relaxed-simd')).toBe(true);
  });

  it('a float64 operand runs on the JavaScript kernels instead of being rounded to float32', () => {
    const kernels = new WasmKernels('wasm-simd', new WasmArena(1 << 20));
    const x = Float64Array.of(1 + 1e-12);
    const out = new Float64Array(1);
    kernels.forward(x, Float64Array.of(1), null, out, 1, 1, 1);
    expect(out[0]).toBe(1 + 1e-12);
  });

  it('runs in JavaScript when the arena has no room to copy an outside operand in', () => {
    const arena = new WasmArena(256);
    const kernels = new WasmKernels('wasm-simd', arena);
    const x = random(64, 1);
    const W = random(64, 2);
    const out = new Float32Array(1);
    kernels.forward(x, W, null, out, 1, 64, 1);
    const expected = new Float64Array(1);
    referenceKernels.forward(x, W, null, expected, 1, 64, 1);
    expect(out[0]).toBeCloseTo(expected[0]!, 5);
    expect(arena.used).toBe(0);
  });
});
