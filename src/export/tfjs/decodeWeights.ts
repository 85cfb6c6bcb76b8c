import { ImportError } from '../errors.ts';
import type { TfjsWeightEntry } from './modelJsonSchema.ts';

const FLOAT32_BYTES = 4;

/**
 * Splits the concatenated weight files into one Float32Array per weight name, in manifest
 * order. Data that is short or too long is refused: it means a missing, truncated or foreign file.
 */
export function decodeWeights(specs: readonly TfjsWeightEntry[], data: Uint8Array): Map<string, Float32Array> {
  const needed = specs.reduce((sum, spec) => sum + weightByteLength(spec), 0);
  if (data.byteLength !== needed) {
    throw new ImportError(
      `the weight data is ${data.byteLength} bytes but model.json's weightsManifest describes ${needed}: ` +
        (data.byteLength < needed ? `weight ${firstCutShort(specs, data.byteLength).name} is missing or cut short` : 'the weight file does not belong to this model.json'),
    );
  }
  // Copy into an aligned buffer: a Float32Array view needs a byte offset divisible by 4.
  const values = new Float32Array(new Uint8Array(data).buffer);
  const weights = new Map<string, Float32Array>();
  let offset = 0;
  for (const spec of specs) {
    const length = weightByteLength(spec) / FLOAT32_BYTES;
    weights.set(spec.name, values.subarray(offset, offset + length));
    offset += length;
  }
  return weights;
}

/** The bytes one manifest entry takes; an ImportError for anything but unquantized float32. */
export function weightByteLength(spec: TfjsWeightEntry): number {
  if (spec.dtype !== 'float32' || spec.quantization !== undefined) {
    const kind = spec.quantization === undefined ? spec.dtype : 'quantized';
    throw new ImportError(`weight ${spec.name} is ${kind}; Netloom imports float32 weights only (convert without quantization)`);
  }
  return spec.shape.reduce((product, dim) => product * dim, 1) * FLOAT32_BYTES;
}

/** The first weight whose bytes reach past `available`; only asked when the data is short, so there is one. */
function firstCutShort(specs: readonly TfjsWeightEntry[], available: number): TfjsWeightEntry {
  let end = 0;
  return specs.find((spec) => (end += weightByteLength(spec)) > available)!;
}
