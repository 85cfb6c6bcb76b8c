import type { NodeWeights, Tensor } from '../model/index.ts';

/** Precision of a network's buffers: float32 to train, float64 for gradient checks. */
export type Dtype = 'float32' | 'float64';

/** A batch-major buffer: row r of a [rows][width] matrix starts at r * width. */
export type FloatArray = Float32Array | Float64Array;

/** A zero-filled buffer of the given precision. */
export function allocate(dtype: Dtype, length: number): FloatArray {
  return dtype === 'float64' ? new Float64Array(length) : new Float32Array(length);
}

/** `values` itself when it already has the dtype (no copy), otherwise a converted copy. */
export function asDtype(dtype: Dtype, values: ArrayLike<number>): FloatArray {
  if (dtype === 'float64' ? values instanceof Float64Array : values instanceof Float32Array) {
    return values as FloatArray;
  }
  return dtype === 'float64' ? Float64Array.from(values) : Float32Array.from(values);
}

/** Copies a stored tensor (a vector, or a matrix as rows) into a flat row-major buffer. */
export function flattenInto(tensor: Tensor, target: FloatArray): void {
  let offset = 0;
  for (const entry of tensor) {
    if (Array.isArray(entry)) {
      target.set(entry, offset);
      offset += entry.length;
    } else {
      target[offset++] = entry;
    }
  }
}

/** A flat row-major buffer as the model stores it: a plain list for one axis, rows for two. */
export function toStoredTensor(values: FloatArray, shape: readonly number[]): Tensor {
  if (shape.length === 1) return Array.from(values);
  const columns = shape[1]!;
  return Array.from({ length: shape[0]! }, (_, row) => Array.from(values.subarray(row * columns, (row + 1) * columns)));
}

/** One tensor of a node as flat values: what a network's weights travel as between threads. */
export interface TensorSnapshot {
  nodeId: string;
  /** The tensor's name in its node (`kernel`, `bias`). */
  name: string;
  /** The shape the model stores it in, e.g. `[units, inputs]` for a kernel. */
  shape: readonly number[];
  /** Row-major values. */
  values: FloatArray;
}

/**
 * Tensors in the model's form, `weights[nodeId][name]`, in a null-prototype record: node ids
 * are free text, and `__proto__` or `constructor` must be keys like any other.
 */
export function storedWeights(tensors: readonly TensorSnapshot[]): Record<string, NodeWeights> {
  const result: Record<string, NodeWeights> = Object.create(null);
  for (const { nodeId, name, shape, values } of tensors) {
    result[nodeId] ??= {};
    result[nodeId][name] = toStoredTensor(values, shape);
  }
  return result;
}
